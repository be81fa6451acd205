#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <utility>

// What the single-purpose benches (pipeline, timeline, segments) share: a line on stdout at
// once, a fatal error named by the bench, and a CBOR map written inline.
namespace erp::bench {

inline void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] inline void die(const QString &bench, const QString &why)
{
    print(bench + QStringLiteral(": ") + why);
    std::exit(1);
}

inline QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

} // namespace erp::bench
