#include "recalculation.h"

#include "core/postinghelpers.h"
#include "vat.h"

#include <QCborArray>
#include <QHash>

namespace erp::trade {

using namespace erp::core::posting;
using erp::Decimal;

namespace {

const QString Lines = QStringLiteral("lines");

// Lines without a price take the document's price type's price at the document's date.
void fillPrices(erp::core::RecalcContext &ctx, QCborArray &lines)
{
    const QCborValue priceType = ctx.document.value(QStringLiteral("price_type"));
    if (!priceType.isInteger())
        return;
    const QDateTime date =
        QDateTime::fromString(ctx.document.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs).toUTC();
    QHash<qint64, QCborValue> priceOf;
    for (const QCborMap &row :
         ctx.data.slice(QStringLiteral("prices"), date, map({{QStringLiteral("price_type"), priceType}})))
        priceOf.insert(row.value(QStringLiteral("product")).toInteger(), row.value(QStringLiteral("price")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCborMap line = lines.at(i).toMap();
        const auto price = priceOf.constFind(line.value(QStringLiteral("product")).toInteger());
        if (line.value(QStringLiteral("price")).isNull() && price != priceOf.constEnd()) {
            line.insert(QStringLiteral("price"), *price);
            lines[i] = line;
        }
    }
}

bool perDocumentVat(erp::core::RecalcContext &ctx)
{
    const QCborValue organization = ctx.document.value(QStringLiteral("organization"));
    return organization.isInteger() &&
           ctx.data.field(QStringLiteral("organizations"), organization.toInteger(), QStringLiteral("vat_rounding"))
                   .toString() == QLatin1String("per_document");
}

} // namespace

void recalculateLines(erp::core::RecalcContext &ctx)
{
    QCborMap sections = ctx.document.value(QStringLiteral("sections")).toMap();
    QCborArray lines = sections.value(Lines).toArray();
    fillPrices(ctx, lines);
    Decimal net, vat;
    bool taxed = false;
    QList<QString> rates;
    QHash<QString, Decimal> base;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCborMap line = lines.at(i).toMap();
        const QString at = QStringLiteral("lines[%1].").arg(i + 1);
        Decimal amount = decimal(line.value(QStringLiteral("amount")), at + QStringLiteral("amount"));
        const QCborValue price = line.value(QStringLiteral("price"));
        if (line.contains(QStringLiteral("quantity")) && !price.isNull() && !price.isUndefined()) {
            amount = times(decimal(line.value(QStringLiteral("quantity")), at + QStringLiteral("quantity")),
                           decimal(price, at + QStringLiteral("price")), 2, at + QStringLiteral("amount"));
            line.insert(QStringLiteral("amount"), amount.toString());
        }
        if (line.contains(QStringLiteral("vat_amount"))) {
            taxed = true;
            const QString rate = line.value(QStringLiteral("vat_rate")).toString();
            const Decimal lineVat = times(amount, vatRate(rate), 2, at + QStringLiteral("vat_amount"));
            line.insert(QStringLiteral("vat_amount"), lineVat.toString());
            vat = plus(vat, lineVat, QStringLiteral("total_vat"));
            if (!base.contains(rate))
                rates.append(rate);
            base[rate] = plus(base[rate], amount, QStringLiteral("total_net"));
        }
        net = plus(net, amount, QStringLiteral("total_net"));
        lines[i] = line;
    }
    if (taxed && perDocumentVat(ctx)) {
        // VAT from the base of each rate, rounded once per rate (the organization's choice).
        vat = Decimal();
        for (const QString &rate : std::as_const(rates))
            vat = plus(vat, times(base.value(rate), vatRate(rate), 2, QStringLiteral("total_vat")),
                       QStringLiteral("total_vat"));
    }
    sections.insert(Lines, lines);
    ctx.document.insert(QStringLiteral("sections"), sections);
    const Decimal total = plus(net, vat, QStringLiteral("total"));
    for (const auto &[field, value] :
         {std::pair{QStringLiteral("total_net"), net}, std::pair{QStringLiteral("total_vat"), vat},
          std::pair{QStringLiteral("total"), total}})
        if (ctx.document.contains(field))
            ctx.document.insert(field, value.toString());
}

void fillDueDate(erp::core::RecalcContext &ctx, const QString &partnerField)
{
    if (!ctx.document.value(QStringLiteral("due_date")).isNull())
        return;
    const QDateTime date = QDateTime::fromString(ctx.document.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        return;
    QCborValue days;
    const QCborValue counterparty = ctx.document.value(QStringLiteral("counterparty"));
    if (counterparty.isInteger())
        days = ctx.data.field(QStringLiteral("counterparties"), counterparty.toInteger(), QStringLiteral("payment_days"));
    const QCborValue partner = ctx.document.value(partnerField);
    if (!days.isInteger() && partner.isInteger())
        days = ctx.data.field(QStringLiteral("partners"), partner.toInteger(), QStringLiteral("payment_days"));
    // The day of the document where the company is (the server's time zone), not in UTC.
    const QDate issued = date.toLocalTime().date();
    ctx.document.insert(QStringLiteral("due_date"), issued.addDays(days.isInteger() ? days.toInteger() : 0).toString(Qt::ISODate));
}

} // namespace erp::trade
