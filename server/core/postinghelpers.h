#pragma once

#include "decimal.h"
#include "posting.h"

#include <QCborArray>
#include <QCborMap>

// Helpers every posting and recalculation shares: exact arithmetic that fails naming the
// field instead of dropping an addend, and small builders. No business names here.
namespace erp::core::posting {

// A decimal value as read (canonical text); null or absent is zero. Anything else fails
// naming the field.
erp::Decimal decimal(const QCborValue &v, const QString &field);

erp::Decimal plus(const erp::Decimal &a, const erp::Decimal &b, const QString &field);
erp::Decimal minus(const erp::Decimal &a, const erp::Decimal &b, const QString &field);
erp::Decimal times(const erp::Decimal &a, const erp::Decimal &b, int scale, const QString &field);
// a / b; zero when b is zero.
erp::Decimal dividedBy(const erp::Decimal &a, const erp::Decimal &b, int scale, const QString &field);
// Rounded (half away from zero) or widened to a scale, failing naming the field when it does not fit.
erp::Decimal rescaled(const erp::Decimal &d, int scale, const QString &field);
// At scale 4 (NUMERIC(18,4) columns), failing naming the field when it does not fit.
QString money(const erp::Decimal &d, const QString &field);

inline QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

// The lines of a document's tabular section.
inline QCborArray section(const QCborMap &document, const QString &name)
{
    return document.value(QStringLiteral("sections")).toMap().value(name).toArray();
}

} // namespace erp::core::posting
