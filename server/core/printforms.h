#pragma once

#include <QCborMap>
#include <QString>

#include <functional>

// Printed documents (print.forms, print.render): an area declares which forms a kind prints and
// gives the function that gathers a document's data for them; the platform reads the document
// as the caller (row rules apply), lays the data out by the form's template and renders a PDF.
namespace erp::core {

class DataSource;

struct PrintContext
{
    DataSource &data;
    QString kind;
    qint64 id = 0;
    QCborMap document; // as document.read answers it, with its sections
    QString language;  // cs or en: the labels' language, also that of dates and numbers
    QString printedBy; // the name of the user who prints (who received a payment)
};

struct PrintFormDefinition
{
    QString name; // print.render {form: name}; also the template's file, resources/print/<name>.json
    QString kind;
    const char *title; // English source text, translated in the "Print" context
    std::function<QCborMap(PrintContext &)> data = {};
};

inline constexpr char PrintTexts[] = "Print";

} // namespace erp::core
