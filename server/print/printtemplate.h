#pragma once

#include <QHash>
#include <QList>
#include <QMarginsF>
#include <QString>
#include <QStringList>

#include <optional>

// A print form's template (resources/print/<form>.json, built in as :/print): the page, the
// texts in every language the form prints in, and the columns of its lines table. The layout
// of the bands is the renderer's (documentpdf.h); the template says what they say.
namespace erp::print {

struct PrintColumn
{
    QString field;   // a field of the data's lines (text, quantity, unit, price, vat_percent, base, vat, total)
    QString title;   // a key of texts
    double widthMm = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

struct PrintTemplate
{
    QString form;
    QMarginsF marginsMm;
    QStringList languages;                    // cs, en
    QHash<QString, QHash<QString, QString>> texts; // key -> language -> text
    QList<PrintColumn> columns;

    QString text(const QString &key, const QString &language) const { return texts.value(key).value(language); }
};

// Reads and checks one template: `source` names it in errors ("resources/print/sales_invoice.json:
// texts.due.en: a text is required"). Every text key the renderer uses must be there in every
// language, every column must name a line field and a text.
std::optional<PrintTemplate> parsePrintTemplate(const QByteArray &json, const QString &source, QString *error);

// The built-in template of a form (:/print/<form>.json), loaded once; nothing when it is missing.
std::optional<PrintTemplate> builtInTemplate(const QString &form, QString *error);

// At start: every form named must have a valid built-in template; false with the first fault.
bool checkBuiltInTemplates(const QStringList &forms, QString *error);

} // namespace erp::print
