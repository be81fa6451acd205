#pragma once

#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QStringList>

#include <optional>

// A print form's template (resources/print/<form>.json, built in as :/print, or an override
// stored per organization): the page, the texts in every language the form prints in, which of
// the renderer's bands it prints with which data (documentpdf.h), and its lines table's columns.
// The layout of the bands is the renderer's; the template says which and what they say.
namespace erp::print {

struct PrintColumn
{
    QString field;   // a field of the data's lines (text, quantity, unit, price, vat_percent, base, vat, total)
    QString title;   // a key of texts
    double widthMm = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

// A "label: value" row of a band: `text` a key of texts, `field` a path into the form's data
// (documentDataFields()), printed as a date when `date`.
struct PrintDetail
{
    QString text;
    QString field;
    bool date = false;
};

struct PrintBands
{
    QList<std::pair<QString, QString>> parties; // text key, party of the data (supplier, customer)
    QList<QList<PrintDetail>> details;          // one or two columns under the parties
    QList<PrintDetail> remarks;                 // full-width rows under them (what a credit note corrects, why)
    QString summary;                            // vat (recapitulation, totals, total due), amount, none
    bool qr = false;                            // the data's spayd as "QR platba" beside the summary
    QStringList signatures;                     // text keys of the signature boxes at the end
};

struct PrintTemplate
{
    QString form;
    QMarginsF marginsMm;
    QStringList languages;                    // cs, en
    QHash<QString, QHash<QString, QString>> texts; // key -> language -> text
    PrintBands bands;
    QList<PrintColumn> columns;

    QString text(const QString &key, const QString &language) const { return texts.value(key).value(language); }
};

// Reads and checks one template: `source` names it in errors ("resources/print/sales_invoice.json:
// texts.due.en: a text is required"), `errorPath` (when given) the path alone ("texts.due.en").
// Every text key the bands print must be there in every language, every field a data field,
// every column a line field and a text.
std::optional<PrintTemplate> parsePrintTemplate(const QByteArray &json, const QString &source, QString *error,
                                                QString *errorPath = nullptr);

// The built-in template of a form (:/print/<form>.json), loaded once; nothing when it is missing.
std::optional<PrintTemplate> builtInTemplate(const QString &form, QString *error);

// At start: every form named must have a valid built-in template; false with the first fault.
bool checkBuiltInTemplates(const QStringList &forms, QString *error);

} // namespace erp::print
