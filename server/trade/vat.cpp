#include "vat.h"

#include "core/datasource.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::trade {

std::optional<erp::Decimal> percentageOn(const QList<QCborMap> &percentages, const QDate &date)
{
    QDate best;
    std::optional<erp::Decimal> out;
    for (const QCborMap &p : percentages) {
        const QDate from = QDate::fromString(p.value(QStringLiteral("valid_from")).toString(), Qt::ISODate);
        if (!from.isValid() || from > date || (best.isValid() && from < best))
            continue;
        const auto value = erp::Decimal::parse(p.value(QStringLiteral("percentage")).toString());
        if (!value)
            continue;
        best = from;
        out = value;
    }
    return out;
}

std::optional<erp::Decimal> VatRates::percentage(qint64 rate, const QString &field)
{
    const auto known = m_known.constFind(rate);
    if (known != m_known.constEnd())
        return *known;
    std::optional<erp::Decimal> out;
    // A recalculation may see a document not saved (nor checked) yet: a rate that is none.
    if (m_data.field(VatRatesCatalog, rate, QStringLiteral("code")).isNull())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QCoreApplication::translate("Posting", "%1: there is no VAT rate with id %2").arg(field).arg(rate),
                       field);
    if (!m_data.field(VatRatesCatalog, rate, QStringLiteral("exempt")).toBool()) {
        out = percentageOn(m_data.sectionLines(VatRatesCatalog, rate, QStringLiteral("percentages")), m_date);
        if (!out)
            erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                           QCoreApplication::translate("Posting", "%1: the VAT rate \"%2\" has no percentage valid on %3")
                               .arg(field, m_data.field(VatRatesCatalog, rate, QStringLiteral("name")).toString(),
                                    m_date.toString(Qt::ISODate)),
                           field);
    }
    m_known.insert(rate, out);
    return out;
}

} // namespace erp::trade
