#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QStringList>

// A commercial document (an invoice as a Czech tax document, an order confirmation, a delivery
// note, a credit note, a payment receipt) painted into an A4 PDF with vector text. One renderer
// serves every form; the template switches its bands on and says what they print:
//   title and number (always); `parties` (up to two boxes); `details` (label: value columns);
//   `remarks` (full-width label: value rows); the lines table (paged, its header repeated);
//   `summary` vat (the recapitulation per rate, totals, total due, the VAT in CZK) or amount
//   (the amount in large type) or none; `qr` (the QR payment code beside it); `signatures`
//   (boxes to sign); on every page the register entry, who issued it and "page n / N".
//
// The data (from the kind's print form builder; every value optional but the lines):
//   the fields of documentDataFields() (dates as ISO dates), draft (true: a DRAFT watermark),
//   spayd (the QR code's text), supplier/customer {name, street, postal_code, city, country, ico,
//   dic}, supplier also {register_entry, account_number, iban, swift},
//   lines [{text, code, quantity, unit, price, vat_percent, base, vat, total}] (decimal strings),
//   recap [{vat_percent, base, vat, total}], totals {base, vat, total},
//   czk {rate, recap [{vat_percent, base, vat}], vat}: the VAT in CZK of a foreign-currency one.
namespace erp::print {

struct PrintTemplate;

struct RenderedPdf
{
    QByteArray pdf;
    int pages = 0;
};

RenderedPdf renderDocumentPdf(const PrintTemplate &form, const QCborMap &data, const QString &language);

// The text keys every form prints, which every template must give in each of its languages.
const QStringList &documentTextKeys();
// What a template may name: fields of the data (details, remarks; "supplier.iban" a party's),
// parties, fields of a line, summaries and the texts each summary prints.
const QStringList &documentDataFields();
const QStringList &documentParties();
const QStringList &documentLineFields();
const QStringList &summaryKinds();
QStringList summaryTextKeys(const QString &summary);

} // namespace erp::print
