#include "recalculation.h"

#include "core/postinghelpers.h"
#include "vat.h"

#include <QCborArray>
#include <QHash>

#include <optional>

namespace erp::trade {

using namespace erp::core::posting;
using erp::Decimal;

namespace {

const QString Lines = QStringLiteral("lines");

// Where a line without a price takes its price when the price type has none.
enum class OwnPrice { None, Sale, Purchase };

bool isEmpty(const QCborValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isString() && v.toString().trimmed().isEmpty());
}

QDateTime documentMoment(const erp::core::RecalcContext &ctx)
{
    const QDateTime date =
        QDateTime::fromString(ctx.document.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs);
    return date.isValid() ? date.toUTC() : QDateTime::currentDateTimeUtc();
}

// Lines without a price take the document's price type's price at the document's date, else
// the product's own; lines without a VAT rate take their product's (a free-text line the
// standard rate).
void fillDefaults(erp::core::RecalcContext &ctx, QCborArray &lines, OwnPrice own)
{
    QHash<qint64, QCborValue> priceOf;
    const QCborValue priceType = ctx.document.value(QStringLiteral("price_type"));
    bool sliced = false;
    const QString ownPrice = own == OwnPrice::Sale ? QStringLiteral("sale_price") : QStringLiteral("purchase_price");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCborMap line = lines.at(i).toMap();
        const QCborValue product = line.value(QStringLiteral("product"));
        const bool hasProduct = product.isInteger() && product.toInteger() > 0;
        bool changed = false;
        if (hasProduct && line.contains(QStringLiteral("price")) && isEmpty(line.value(QStringLiteral("price")))) {
            if (priceType.isInteger() && !sliced) {
                // One read of the price type's prices for the whole document, only when a line needs one.
                sliced = true;
                for (const QCborMap &row : ctx.data.slice(QStringLiteral("prices"), documentMoment(ctx),
                                                          map({{QStringLiteral("price_type"), priceType}})))
                    priceOf.insert(row.value(QStringLiteral("product")).toInteger(), row.value(QStringLiteral("price")));
            }
            QCborValue price = priceOf.value(product.toInteger());
            if (isEmpty(price) && own != OwnPrice::None)
                price = ctx.data.field(QStringLiteral("products"), product.toInteger(), ownPrice);
            if (!isEmpty(price)) {
                line.insert(QStringLiteral("price"), price);
                changed = true;
            }
        }
        if (line.contains(QStringLiteral("vat_rate")) && isEmpty(line.value(QStringLiteral("vat_rate")))) {
            QCborValue rate;
            if (hasProduct)
                rate = ctx.data.field(QStringLiteral("products"), product.toInteger(), QStringLiteral("vat_rate"));
            else if (!isEmpty(line.value(QStringLiteral("description"))))
                if (const qint64 standard = ctx.data.idByCode(VatRatesCatalog, StandardRate))
                    rate = standard;
            if (rate.isInteger()) {
                line.insert(QStringLiteral("vat_rate"), rate);
                changed = true;
            }
        }
        if (changed)
            lines[i] = line;
    }
}

bool perDocumentVat(erp::core::RecalcContext &ctx)
{
    const QCborValue organization = ctx.document.value(QStringLiteral("organization"));
    return organization.isInteger() &&
           ctx.data.field(QStringLiteral("organizations"), organization.toInteger(), QStringLiteral("vat_rounding"))
                   .toString() == QLatin1String("per_document");
}

Decimal vatOf(const Decimal &base, const std::optional<Decimal> &percentage, const QString &field)
{
    if (!percentage)
        return Decimal();
    return times(base, dividedBy(*percentage, Decimal::fromUnits(100, 0), 6, field), 2, field);
}

void recalculate(erp::core::RecalcContext &ctx, OwnPrice own)
{
    QCborMap sections = ctx.document.value(QStringLiteral("sections")).toMap();
    QCborArray lines = sections.value(Lines).toArray();
    fillDefaults(ctx, lines, own);
    VatRates rates(ctx.data, documentMoment(ctx).toLocalTime().date());
    Decimal net, vat;
    bool taxed = false;
    QList<qint64> order; // rates in the order they first appear
    QHash<qint64, Decimal> base;
    QHash<qint64, std::optional<Decimal>> percentOf;
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
            const QCborValue rateValue = line.value(QStringLiteral("vat_rate"));
            const qint64 rate = rateValue.isInteger() ? rateValue.toInteger() : 0;
            const std::optional<Decimal> percentage =
                rate ? rates.percentage(rate, at + QStringLiteral("vat_rate")) : std::nullopt;
            if (line.contains(QStringLiteral("vat_percent")))
                line.insert(QStringLiteral("vat_percent"),
                            percentage ? QCborValue(percentage->toString()) : QCborValue(QCborValue::Null));
            const Decimal lineVat = vatOf(amount, percentage, at + QStringLiteral("vat_amount"));
            line.insert(QStringLiteral("vat_amount"), lineVat.toString());
            vat = plus(vat, lineVat, QStringLiteral("total_vat"));
            if (!base.contains(rate)) {
                order.append(rate);
                percentOf.insert(rate, percentage);
            }
            base[rate] = plus(base[rate], amount, QStringLiteral("total_net"));
        }
        net = plus(net, amount, QStringLiteral("total_net"));
        lines[i] = line;
    }
    if (taxed && perDocumentVat(ctx)) {
        // VAT from the base of each rate, rounded once per rate (the organization's choice).
        vat = Decimal();
        for (const qint64 rate : std::as_const(order))
            vat = plus(vat, vatOf(base.value(rate), percentOf.value(rate), QStringLiteral("total_vat")),
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

} // namespace

void recalculateLines(erp::core::RecalcContext &ctx)
{
    recalculate(ctx, OwnPrice::None);
}

void recalculateSalesLines(erp::core::RecalcContext &ctx)
{
    recalculate(ctx, OwnPrice::Sale);
}

void recalculatePurchaseLines(erp::core::RecalcContext &ctx)
{
    recalculate(ctx, OwnPrice::Purchase);
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
