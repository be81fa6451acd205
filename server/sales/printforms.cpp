#include "printforms.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "core/postinghelpers.h"
#include "invoicedefaults.h"
#include "printdata.h"
#include "printslips.h"

#include <QDateTime>

namespace erp::sales {

using erp::Decimal;
using erp::core::PrintContext;
using namespace erp::core::posting;
using namespace erp::sales::print;

namespace {

QString variableSymbol(const QCborMap &doc)
{
    const QString vs = doc.value(QStringLiteral("variable_symbol")).toString();
    return vs.isEmpty() ? variableSymbolOf(doc.value(QStringLiteral("number")).toString()) : vs;
}

void insertLines(QCborMap &out, const PricedLines &priced, const QCborMap &totalsMap)
{
    out.insert(QStringLiteral("lines"), priced.lines);
    out.insert(QStringLiteral("recap"), recapRows(priced.recap, true));
    out.insert(QStringLiteral("totals"), totalsMap);
}

QCborMap invoiceData(PrintContext &ctx)
{
    const QCborMap &doc = ctx.document;
    QCborValue currencyId;
    QCborMap out = commonData(ctx, &currencyId);
    const QString taxDate = doc.value(QStringLiteral("tax_date")).toString();
    out.insert(QStringLiteral("tax_date"), taxDate.isEmpty() ? out.value(QStringLiteral("issued")).toString() : taxDate);
    out.insert(QStringLiteral("due_date"), doc.value(QStringLiteral("due_date")).toString());
    const QString vs = variableSymbol(doc);
    out.insert(QStringLiteral("variable_symbol"), vs);
    const QString currency = out.value(QStringLiteral("currency")).toString();
    const PricedLines priced = pricedLines(ctx, 1);
    const QCborMap sums = totals(doc, 1);
    insertLines(out, priced, sums);

    // § 29: the tax is stated in Czech crowns, at the rate of the day of taxable supply.
    if (currency != QLatin1String("CZK") && currencyId.isInteger()) {
        const QDateTime at(QDate::fromString(out.value(QStringLiteral("tax_date")).toString(), Qt::ISODate), QTime(23, 59, 59));
        const QList<QCborMap> rates = ctx.data.slice(QStringLiteral("exchange_rates"), at, map({{QStringLiteral("currency"), currencyId}}));
        if (!rates.isEmpty()) {
            const Decimal rate = decimal(rates.first().value(QStringLiteral("rate")), QStringLiteral("rate"));
            QMap<QString, Recap> czk;
            Decimal vat;
            for (auto it = priced.recap.begin(); it != priced.recap.end(); ++it) {
                czk[it.key()] = {times(it->base, rate, 2, QStringLiteral("total_net")), times(it->vat, rate, 2, QStringLiteral("total_vat"))};
                vat = plus(vat, czk[it.key()].vat, QStringLiteral("total_vat"));
            }
            out.insert(QStringLiteral("czk"), map({{QStringLiteral("rate"), rate.toString()},
                                                   {QStringLiteral("recap"), recapRows(czk, false)},
                                                   {QStringLiteral("vat"), twoDecimals(vat, QStringLiteral("total_vat"))}}));
        }
    }
    out.insert(QStringLiteral("spayd"),
               payment(doc, supplierOf(ctx), currency, sums.value(QStringLiteral("total")).toString(), vs));
    return out;
}

// The order confirmation: what was ordered at which prices, the warehouse it ships from and
// when it is invoiced (the order has no delivery date or terms of its own).
QCborMap orderData(PrintContext &ctx)
{
    const QCborMap &doc = ctx.document;
    QCborMap out = commonData(ctx);
    const QCborValue warehouse = doc.value(QStringLiteral("warehouse"));
    if (warehouse.isInteger())
        out.insert(QStringLiteral("warehouse"),
                   ctx.data.field(QStringLiteral("warehouses"), warehouse.toInteger(), QStringLiteral("name")).toString());
    out.insert(QStringLiteral("invoicing"), doc.value(QStringLiteral("invoicing")).toString());
    insertLines(out, pricedLines(ctx, 1), totals(doc, 1));
    return out;
}

// The opravný daňový doklad (§ 45 of the VAT act): the original invoice's number and dates, the
// reason, and the differences of base, VAT and total per rate (the amounts credited, negative).
// The day of the correction is the credit note's own day. Money goes back to the customer: a
// credit note carries a QR code only when its difference is to be paid, which one that only
// credits (prices are never negative) is not.
QCborMap creditNoteData(PrintContext &ctx)
{
    const QCborMap &doc = ctx.document;
    QCborMap out = commonData(ctx);
    out.insert(QStringLiteral("tax_date"), out.value(QStringLiteral("issued")).toString());
    out.insert(QStringLiteral("reason"), doc.value(QStringLiteral("reason")).toString());
    if (const QCborValue invoice = doc.value(QStringLiteral("sales_invoice")); invoice.isInteger()) {
        const QString kind = QStringLiteral("sales_invoices");
        out.insert(QStringLiteral("original_number"), ctx.data.field(kind, invoice.toInteger(), QStringLiteral("number")).toString());
        const QString issued = localDate(ctx.data.field(kind, invoice.toInteger(), QStringLiteral("date")));
        out.insert(QStringLiteral("original_date"), issued);
        const QString taxDate = ctx.data.field(kind, invoice.toInteger(), QStringLiteral("tax_date")).toString();
        out.insert(QStringLiteral("original_tax_date"), taxDate.isEmpty() ? issued : taxDate);
    }
    const QCborMap differences = totals(doc, -1);
    insertLines(out, pricedLines(ctx, -1), differences);
    const Decimal difference = decimal(differences.value(QStringLiteral("total")), QStringLiteral("total"));
    if (!difference.isNegative() && !difference.isZero()) {
        const QString vs = variableSymbolOf(doc.value(QStringLiteral("number")).toString());
        out.insert(QStringLiteral("variable_symbol"), vs);
        out.insert(QStringLiteral("spayd"), payment(doc, supplierOf(ctx), out.value(QStringLiteral("currency")).toString(),
                                                    differences.value(QStringLiteral("total")).toString(), vs));
    }
    return out;
}

} // namespace

void registerPrintForms(erp::core::AreaRegistry &areas)
{
    areas.addPrintForm({QStringLiteral("sales_invoice"), QStringLiteral("sales_invoices"),
                        QT_TRANSLATE_NOOP("Print", "Invoice (tax document)"), invoiceData});
    areas.addPrintForm({QStringLiteral("sales_order"), QStringLiteral("sales_orders"),
                        QT_TRANSLATE_NOOP("Print", "Order confirmation"), orderData});
    areas.addPrintForm({QStringLiteral("credit_note"), QStringLiteral("credit_notes"),
                        QT_TRANSLATE_NOOP("Print", "Credit note (corrective tax document)"), creditNoteData});
    areas.addPrintForm({QStringLiteral("delivery_note"), QStringLiteral("shipments"),
                        QT_TRANSLATE_NOOP("Print", "Delivery note"), deliveryNoteData});
    areas.addPrintForm({QStringLiteral("payment_receipt"), QStringLiteral("incoming_payments"),
                        QT_TRANSLATE_NOOP("Print", "Payment receipt"), paymentReceiptData});
}

} // namespace erp::sales
