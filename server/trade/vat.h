#pragma once

#include "decimal.h"

#include <QCborMap>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace erp::core {
class DataSource;
}

namespace erp::trade {

// The catalog of VAT rates: each rate (standard, reduced, zero, exempt, and whatever an
// administrator adds) has dated percentages in its section "percentages" ({valid_from,
// percentage}); the one valid on a document's date applies. Exempt rates (or outside VAT)
// charge nothing and need no percentage.
inline const QString VatRatesCatalog = QStringLiteral("vat_rates");
// The rate a line without a product (free text) takes when it names none.
inline const QString StandardRate = QStringLiteral("standard");

// Of dated percentages, the one valid on `date`: the latest valid_from on or before it (of two
// lines with the same date, the later one).
std::optional<erp::Decimal> percentageOn(const QList<QCborMap> &percentages, const QDate &date);

// The rates of one document at its date, each read once (a recalculation runs while a clerk
// types: a few rates, a few reads).
class VatRates
{
public:
    VatRates(erp::core::DataSource &data, const QDate &date) : m_data(data), m_date(date) {}

    // The percentage (21.00) of a rate on the date, nullopt for an exempt rate. A taxed rate
    // without a percentage valid then fails naming `field` (lines[2].vat_rate).
    std::optional<erp::Decimal> percentage(qint64 rate, const QString &field);

private:
    erp::core::DataSource &m_data;
    QDate m_date;
    QHash<qint64, std::optional<erp::Decimal>> m_known;
};

} // namespace erp::trade
