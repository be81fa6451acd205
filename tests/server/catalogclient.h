#pragma once

#include "connection.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

// Small helpers for tests that drive catalogs through the real protocol.
namespace erp::test {

inline QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

inline QCborMap params(const QString &kind, std::initializer_list<std::pair<QString, QCborValue>> items = {})
{
    QCborMap m = map(items);
    m.insert(QStringLiteral("kind"), kind);
    return m;
}

// Calls and expects success; returns the result.
#define ERP_CALL_OK(connection, method, p)                                                                            \
    [&]() {                                                                                                           \
        const erp::client::Reply r_ = (connection).call(QStringLiteral(method), p);                                   \
        if (!r_.ok)                                                                                                   \
            qWarning().noquote() << method << "failed:" << r_.error.message << r_.error.field;                        \
        return r_;                                                                                                    \
    }()

} // namespace erp::test
