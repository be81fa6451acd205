#pragma once

#include "decimal.h"

#include <QCborArray>
#include <QCborMap>
#include <QMap>
#include <QString>

namespace erp::core {
class DataSource;
struct PrintContext;
} // namespace erp::core

// What every printed form of the sales area gathers the same way (pure over DataSource).
namespace erp::sales::print {

// The local day of a stored moment, as an ISO date.
QString localDate(const QCborValue &moment);

QString twoDecimals(const erp::Decimal &d, const QString &field);

// The printed identification of an organization or a counterparty: its legal name (the
// catalog's name when none is set), seat, IČO and DIČ, and the fields in `more`.
QCborMap party(erp::core::DataSource &data, const QString &kind, const QCborValue &id, const QStringList &more = {});

// The header every form prints: supplier (with its bank account, the IBAN in groups of four),
// customer, number, issued, currency (the document's, else the organization's, else CZK),
// note, issued_by (the manager), draft. `currencyId` gets the currency's id when there is one.
QCborMap commonData(erp::core::PrintContext &ctx, QCborValue *currencyId = nullptr);

// The supplier as stored, with the IBAN as typed in (for the QR code).
QCborMap supplierOf(erp::core::PrintContext &ctx);

struct Recap
{
    erp::Decimal base, vat;
};

// The lines with prices and VAT of an invoice, order or credit note, each amount multiplied by
// `sign` (-1: a credit note prints its differences), and their recapitulation per rate.
struct PricedLines
{
    QCborArray lines;
    QMap<QString, Recap> recap;
};
PricedLines pricedLines(erp::core::PrintContext &ctx, int sign);

QCborArray recapRows(const QMap<QString, Recap> &recap, bool withTotal);

// {base, vat, total} of the document's totals, multiplied by `sign`.
QCborMap totals(const QCborMap &doc, int sign);

// A line's product: its name, code and unit code.
struct ProductText
{
    QString name, code, unit;
};
ProductText productText(erp::core::DataSource &data, const QCborMap &line);

// What the QR code says, or nothing (and the reason in the log) when the organization has no
// valid IBAN: a wrong code is worse than none.
QString payment(const QCborMap &doc, const QCborMap &supplier, const QString &currency, const QString &total,
                const QString &variableSymbol);

} // namespace erp::sales::print
