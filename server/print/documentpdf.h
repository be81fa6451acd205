#pragma once

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QStringList>

// A commercial document (an invoice as a Czech tax document, and the forms shaped like it)
// painted into an A4 PDF with vector text: title and number, supplier and customer, dates and
// payment, the lines table (paged, its header repeated), the VAT recapitulation, totals, the
// QR payment code, and on every page the register entry, who issued it and "page n / N".
//
// The data (from the kind's print form builder; every value optional but the lines):
//   number, issued, tax_date, due_date (ISO dates), variable_symbol, currency, note, issued_by,
//   draft (true: a DRAFT watermark), spayd (the QR code's text),
//   supplier/customer {name, street, postal_code, city, country, ico, dic}, supplier also
//   {register_entry, account_number, iban, swift},
//   lines [{text, quantity, unit, price, vat_percent, base, vat, total}] (decimal strings),
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

// The text keys the renderer prints, which every template must give in each of its languages.
const QStringList &documentTextKeys();

} // namespace erp::print
