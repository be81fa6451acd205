#include "printdata.h"

#include "core/datasource.h"
#include "core/postinghelpers.h"
#include "core/printforms.h"
#include "print/spayd.h"

#include <QDateTime>
#include <QtDebug>

namespace erp::sales::print {

using erp::Decimal;
using erp::core::PrintContext;
using namespace erp::core::posting;

QString localDate(const QCborValue &moment)
{
    const QDateTime at = moment.isDateTime() ? moment.toDateTime()
                                             : QDateTime::fromString(moment.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : moment.toString();
}

QString twoDecimals(const Decimal &d, const QString &field) { return rescaled(d, 2, field).toString(); }

QCborMap party(erp::core::DataSource &data, const QString &kind, const QCborValue &id, const QStringList &more)
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

QCborMap supplierOf(PrintContext &ctx)
{
    return party(ctx.data, QStringLiteral("organizations"), ctx.document.value(QStringLiteral("organization")),
                 {QStringLiteral("register_entry"), QStringLiteral("iban"), QStringLiteral("swift"),
                  QStringLiteral("account_number")});
}

QCborMap commonData(PrintContext &ctx, QCborValue *currencyIdOut)
{
    const QCborMap &doc = ctx.document;
    QCborMap out;
    QCborMap supplier = supplierOf(ctx);
    // The IBAN on paper in groups of four (ISO 13616's print form), whatever way it was typed in.
    const QString iban = supplier.value(QStringLiteral("iban")).toString().remove(u' ').toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < iban.size(); i += 4)
        groups.append(iban.mid(i, 4));
    supplier.insert(QStringLiteral("iban"), groups.join(u' '));
    out.insert(QStringLiteral("supplier"), supplier);
    out.insert(QStringLiteral("customer"),
               party(ctx.data, QStringLiteral("counterparties"), doc.value(QStringLiteral("counterparty"))));
    out.insert(QStringLiteral("number"), doc.value(QStringLiteral("number")).toString());
    out.insert(QStringLiteral("issued"), localDate(doc.value(QStringLiteral("date"))));
    const QCborValue organization = doc.value(QStringLiteral("organization"));
    QCborValue currencyId = doc.value(QStringLiteral("currency"));
    if (!currencyId.isInteger() && organization.isInteger())
        currencyId = ctx.data.field(QStringLiteral("organizations"), organization.toInteger(), QStringLiteral("currency"));
    QString currency = currencyId.isInteger()
                           ? ctx.data.field(QStringLiteral("currencies"), currencyId.toInteger(), QStringLiteral("code")).toString()
                           : QString();
    out.insert(QStringLiteral("currency"), currency.isEmpty() ? QStringLiteral("CZK") : currency);
    if (currencyIdOut)
        *currencyIdOut = currencyId;
    out.insert(QStringLiteral("note"), doc.value(QStringLiteral("note")).toString());
    out.insert(QStringLiteral("issued_by"),
               doc.value(QStringLiteral("display")).toMap().value(QStringLiteral("manager")).toString());
    out.insert(QStringLiteral("draft"), doc.value(QStringLiteral("status")).toString() != QLatin1String("posted"));
    return out;
}

ProductText productText(erp::core::DataSource &data, const QCborMap &line)
{
    ProductText t;
    t.name = line.value(QStringLiteral("display")).toMap().value(QStringLiteral("product")).toString();
    const QCborValue product = line.value(QStringLiteral("product"));
    if (!product.isInteger())
        return t;
    t.code = data.field(QStringLiteral("products"), product.toInteger(), QStringLiteral("code")).toString();
    const QCborValue unitId = data.field(QStringLiteral("products"), product.toInteger(), QStringLiteral("unit"));
    if (unitId.isInteger())
        t.unit = data.field(QStringLiteral("units"), unitId.toInteger(), QStringLiteral("code")).toString();
    return t;
}

PricedLines pricedLines(PrintContext &ctx, int sign)
{
    PricedLines out;
    const Decimal factor = Decimal::fromUnits(sign, 0);
    const QCborArray docLines = section(ctx.document, QStringLiteral("lines"));
    for (qsizetype i = 0; i < docLines.size(); ++i) {
        const QCborMap l = docLines.at(i).toMap();
        const QString at = QStringLiteral("lines[%1].").arg(i + 1);
        const ProductText product = productText(ctx.data, l);
        QString text = l.value(QStringLiteral("description")).toString();
        if (text.isEmpty())
            text = product.name;
        const Decimal base = times(decimal(l.value(QStringLiteral("amount")), at + QStringLiteral("amount")), factor, 4,
                                   at + QStringLiteral("amount"));
        const Decimal vat = times(decimal(l.value(QStringLiteral("vat_amount")), at + QStringLiteral("vat_amount")), factor,
                                  4, at + QStringLiteral("vat_amount"));
        const QString percent = decimal(l.value(QStringLiteral("vat_percent")), at + QStringLiteral("vat_percent")).toString();
        out.lines.append(map({{QStringLiteral("text"), text},
                              {QStringLiteral("code"), product.code},
                              {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
                              {QStringLiteral("unit"), product.unit},
                              {QStringLiteral("price"), l.value(QStringLiteral("price"))},
                              {QStringLiteral("vat_percent"), percent},
                              {QStringLiteral("base"), twoDecimals(base, at + QStringLiteral("amount"))},
                              {QStringLiteral("vat"), twoDecimals(vat, at + QStringLiteral("vat_amount"))},
                              {QStringLiteral("total"), twoDecimals(plus(base, vat, at + QStringLiteral("amount")),
                                                                    at + QStringLiteral("amount"))}}));
        Recap &r = out.recap[percent];
        r.base = plus(r.base, base, QStringLiteral("total_net"));
        r.vat = plus(r.vat, vat, QStringLiteral("total_vat"));
    }
    return out;
}

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

QCborMap totals(const QCborMap &doc, int sign)
{
    const Decimal factor = Decimal::fromUnits(sign, 0);
    auto total = [&](const QString &field) {
        return twoDecimals(times(decimal(doc.value(field), field), factor, 4, field), field);
    };
    return map({{QStringLiteral("base"), total(QStringLiteral("total_net"))},
                {QStringLiteral("vat"), total(QStringLiteral("total_vat"))},
                {QStringLiteral("total"), total(QStringLiteral("total"))}});
}

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

} // namespace erp::sales::print
