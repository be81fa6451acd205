#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QString>

#include <initializer_list>
#include <utility>

namespace erp::test {

// map({{"name", "Alfa"}, {"limit", 10}}): a CBOR map written in place.
inline QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

} // namespace erp::test
