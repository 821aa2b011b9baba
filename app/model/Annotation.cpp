#include "Annotation.h"

namespace feder {

QString threadStateName(ThreadState state)
{
    switch (state) {
    case ThreadState::Open: return QStringLiteral("open");
    case ThreadState::Resolved: return QStringLiteral("resolved");
    }
    return {};
}

std::optional<ThreadState> threadStateFromName(QStringView name)
{
    for (ThreadState state : {ThreadState::Open, ThreadState::Resolved}) {
        if (name == threadStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace feder
