#pragma once

#include <QList>
#include <QString>
#include <algorithm>
#include <cstdio>

// How every benchmark reports: one `bench NAME VALUE UNIT` line per figure, and the percentile
// (median = 0.5) of a series of timings.
namespace feder::bench {

inline void print(const QString &name, double value, const char *unit, int decimals = 3)
{
    std::printf("bench %s %.*f %s\n", qPrintable(name), decimals, value, unit);
    std::fflush(stdout);
}

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

} // namespace feder::bench
