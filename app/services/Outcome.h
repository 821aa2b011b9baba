#pragma once

#include <QString>

#include <functional>
#include <utility>

namespace feder {

class Store;

// What a use case tells its caller: done, or not done and why, in words for the user. Services
// never let a StoreError escape, so a GUI slot or a CLI command needs no try block of its own.
struct Outcome
{
    bool ok = true;
    QString message; // empty when ok

    static Outcome done() { return {}; }
    static Outcome failed(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return ok; }
};

// An outcome with a value that is meaningful only when ok.
template <typename T>
struct Result
{
    Outcome outcome;
    T value{};

    static Result done(T value) { return {Outcome::done(), std::move(value)}; }
    static Result failed(const Outcome &why) { return {why, T{}}; }
    static Result failed(QString why) { return {Outcome::failed(std::move(why)), T{}}; }
    bool ok() const { return outcome.ok; }
    const QString &message() const { return outcome.message; }
};

// The one place where a use case's writes meet a transaction: runs `write` inside one, commits,
// and turns a store or file error into a failed outcome after rolling everything back.
Outcome inTransaction(Store &store, const std::function<void()> &write);

} // namespace feder
