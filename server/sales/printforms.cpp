#include "printforms.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "core/postinghelpers.h"
#include "invoicedefaults.h"
#include "print/spayd.h"

#include <QCborArray>
#include <QDateTime>
#include <QMap>
#include <QtDebug>

namespace erp::sales {

using erp::Decimal;
using erp::core::PrintContext;
using namespace erp::core::posting;

namespace {

QString localDate(const QCborValue &moment)
{
    const QDateTime at = QDateTime::fromString(moment.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : moment.toString();
}

QString twoDecimals(const Decimal &d, const QString &field) { return rescaled(d, 2, field).toString(); }

// The printed identification of an organization or a counterparty: its legal name (the
// catalog's name when none is set) and seat, IČO and DIČ.
QCborMap party(erp::core::DataSource &data, const QString &kind, const QCborValue &id, const QStringList &more = {})
{
    QCborMap party;
    if (!id.isInteger())
        return party;
    QString name = data.field(kind, id.toInteger(), QStringLiteral("full_name")).toString();
    if (name.isEmpty())
        name = data.field(kind, id.toInteger(), QStringLiteral("name")).toString();
    party.insert(QStringLiteral("name"), name);
    for (const QString &field : QStringList{QStringLiteral("street"), QStringLiteral("postal_code"), QStringLiteral("city"),
                                            QStringLiteral("country"), QStringLiteral("ico"), QStringLiteral("dic")}
                                    + more)
        party.insert(field, data.field(kind, id.toInteger(), field).toString());
    return party;
}

struct Recap
{
    Decimal base, vat;
};

QCborArray recapRows(const QMap<QString, Recap> &recap, bool withTotal)
{
    QCborArray rows;
    for (auto it = recap.begin(); it != recap.end(); ++it) {
        QCborMap row = map({{QStringLiteral("vat_percent"), it.key()},
                            {QStringLiteral("base"), twoDecimals(it->base, QStringLiteral("total_net"))},
                            {QStringLiteral("vat"), twoDecimals(it->vat, QStringLiteral("total_vat"))}});
        if (withTotal)
            row.insert(QStringLiteral("total"), twoDecimals(plus(it->base, it->vat, QStringLiteral("total")), QStringLiteral("total")));
        rows.append(row);
    }
    return rows;
}

// What the QR code says, or nothing (and the reason in the log) when the organization has no
// valid IBAN: a wrong code is worse than none.
QString payment(const QCborMap &doc, const QCborMap &supplier, const QString &currency, const QString &total,
                const QString &variableSymbol)
{
    erp::print::SpaydPayment p;
    p.iban = supplier.value(QStringLiteral("iban")).toString();
    if (p.iban.isEmpty())
        return {};
    p.bic = supplier.value(QStringLiteral("swift")).toString();
    if (total.size() <= 10 && !total.startsWith(u'-'))
        p.amount = total; // SPAYD's amount has at most 10 characters: larger ones are typed in by the payer
    p.currency = currency;
    p.due = QDate::fromString(doc.value(QStringLiteral("due_date")).toString(), Qt::ISODate);
    p.variableSymbol = variableSymbol;
    p.message = doc.value(QStringLiteral("number")).toString();
    QString error;
    const QString text = erp::print::spayd(p, &error);
    if (text.isEmpty())
        qWarning().noquote() << "print: no QR payment code on" << doc.value(QStringLiteral("number")).toString() << error;
    return text;
}

QCborMap invoiceData(PrintContext &ctx)
{
    const QCborMap &doc = ctx.document;
    const QCborMap display = doc.value(QStringLiteral("display")).toMap();
    QCborMap out;
    const QCborValue organization = doc.value(QStringLiteral("organization"));
    const QCborMap supplier = party(ctx.data, QStringLiteral("organizations"), organization,
                                    {QStringLiteral("register_entry"), QStringLiteral("iban"), QStringLiteral("swift"),
                                     QStringLiteral("account_number")});
    QCborMap printedSupplier = supplier;
    // The IBAN on paper in groups of four (ISO 13616's print form), whatever way it was typed in.
    const QString iban = supplier.value(QStringLiteral("iban")).toString().remove(u' ').toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        groups.append(iban.mid(i, 4));
    printedSupplier.insert(QStringLiteral("iban"), groups.join(u' '));
    out.insert(QStringLiteral("supplier"), printedSupplier);
    out.insert(QStringLiteral("customer"), party(ctx.data, QStringLiteral("counterparties"), doc.value(QStringLiteral("counterparty"))));
    const QString number = doc.value(QStringLiteral("number")).toString();
    out.insert(QStringLiteral("number"), number);
    const QString issued = localDate(doc.value(QStringLiteral("date")));
    out.insert(QStringLiteral("issued"), issued);
    const QString taxDate = doc.value(QStringLiteral("tax_date")).toString();
    out.insert(QStringLiteral("tax_date"), taxDate.isEmpty() ? issued : taxDate);
    out.insert(QStringLiteral("due_date"), doc.value(QStringLiteral("due_date")).toString());
    QString vs = doc.value(QStringLiteral("variable_symbol")).toString();
    if (vs.isEmpty())
        vs = variableSymbolOf(number);
    out.insert(QStringLiteral("variable_symbol"), vs);
    QCborValue currencyId = doc.value(QStringLiteral("currency"));
    if (!currencyId.isInteger() && organization.isInteger())
        currencyId = ctx.data.field(QStringLiteral("organizations"), organization.toInteger(), QStringLiteral("currency"));
    QString currency = currencyId.isInteger()
                           ? ctx.data.field(QStringLiteral("currencies"), currencyId.toInteger(), QStringLiteral("code")).toString()
                           : QString();
    if (currency.isEmpty())
        currency = QStringLiteral("CZK");
    out.insert(QStringLiteral("currency"), currency);
    out.insert(QStringLiteral("note"), doc.value(QStringLiteral("note")).toString());
    out.insert(QStringLiteral("issued_by"), display.value(QStringLiteral("manager")).toString());
    out.insert(QStringLiteral("draft"), doc.value(QStringLiteral("status")).toString() != QLatin1String("posted"));

    QCborArray lines;
    QMap<QString, Recap> recap;
    const QCborArray docLines = section(doc, QStringLiteral("lines"));
    for (qsizetype i = 0; i < docLines.size(); ++i) {
        const QCborMap l = docLines.at(i).toMap();
        const QString at = QStringLiteral("lines[%1].").arg(i + 1);
        QString text = l.value(QStringLiteral("description")).toString();
        if (text.isEmpty())
            text = l.value(QStringLiteral("display")).toMap().value(QStringLiteral("product")).toString();
        QString unit;
        if (const QCborValue product = l.value(QStringLiteral("product")); product.isInteger()) {
            const QCborValue unitId = ctx.data.field(QStringLiteral("products"), product.toInteger(), QStringLiteral("unit"));
            if (unitId.isInteger())
                unit = ctx.data.field(QStringLiteral("units"), unitId.toInteger(), QStringLiteral("code")).toString();
        }
        const Decimal base = decimal(l.value(QStringLiteral("amount")), at + QStringLiteral("amount"));
        const Decimal vat = decimal(l.value(QStringLiteral("vat_amount")), at + QStringLiteral("vat_amount"));
        const QString percent = decimal(l.value(QStringLiteral("vat_percent")), at + QStringLiteral("vat_percent")).toString();
        lines.append(map({{QStringLiteral("text"), text},
                          {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
                          {QStringLiteral("unit"), unit},
                          {QStringLiteral("price"), l.value(QStringLiteral("price"))},
                          {QStringLiteral("vat_percent"), percent},
                          {QStringLiteral("base"), twoDecimals(base, at + QStringLiteral("amount"))},
                          {QStringLiteral("vat"), twoDecimals(vat, at + QStringLiteral("vat_amount"))},
                          {QStringLiteral("total"), twoDecimals(plus(base, vat, at + QStringLiteral("amount")), at + QStringLiteral("amount"))}}));
        Recap &r = recap[percent];
        r.base = plus(r.base, base, QStringLiteral("total_net"));
        r.vat = plus(r.vat, vat, QStringLiteral("total_vat"));
    }
    out.insert(QStringLiteral("lines"), lines);
    out.insert(QStringLiteral("recap"), recapRows(recap, true));
    const QString total = twoDecimals(decimal(doc.value(QStringLiteral("total")), QStringLiteral("total")), QStringLiteral("total"));
    out.insert(QStringLiteral("totals"),
               map({{QStringLiteral("base"), twoDecimals(decimal(doc.value(QStringLiteral("total_net")), QStringLiteral("total_net")), QStringLiteral("total_net"))},
                    {QStringLiteral("vat"), twoDecimals(decimal(doc.value(QStringLiteral("total_vat")), QStringLiteral("total_vat")), QStringLiteral("total_vat"))},
                    {QStringLiteral("total"), total}}));

    // § 29: the tax is stated in Czech crowns, at the rate of the day of taxable supply.
    if (currency != QLatin1String("CZK") && currencyId.isInteger()) {
        const QDateTime at(QDate::fromString(out.value(QStringLiteral("tax_date")).toString(), Qt::ISODate), QTime(23, 59, 59));
        const QList<QCborMap> rates = ctx.data.slice(QStringLiteral("exchange_rates"), at, map({{QStringLiteral("currency"), currencyId}}));
        if (!rates.isEmpty()) {
            const Decimal rate = decimal(rates.first().value(QStringLiteral("rate")), QStringLiteral("rate"));
            QMap<QString, Recap> czk;
            Decimal vat;
            for (auto it = recap.begin(); it != recap.end(); ++it) {
                czk[it.key()] = {times(it->base, rate, 2, QStringLiteral("total_net")), times(it->vat, rate, 2, QStringLiteral("total_vat"))};
                vat = plus(vat, czk[it.key()].vat, QStringLiteral("total_vat"));
            }
            out.insert(QStringLiteral("czk"), map({{QStringLiteral("rate"), rate.toString()},
                                                   {QStringLiteral("recap"), recapRows(czk, false)},
                                                   {QStringLiteral("vat"), twoDecimals(vat, QStringLiteral("total_vat"))}}));
        }
    }
    out.insert(QStringLiteral("spayd"), payment(doc, supplier, currency, total, vs));
    return out;
}

} // namespace

void registerPrintForms(erp::core::AreaRegistry &areas)
{
    areas.addPrintForm({QStringLiteral("sales_invoice"), QStringLiteral("sales_invoices"),
                        QT_TRANSLATE_NOOP("Print", "Invoice (tax document)"), invoiceData});
}

} // namespace erp::sales
