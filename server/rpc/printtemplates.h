#pragma once

#include "method.h"

#include "print/printtemplate.h"

#include <QCborArray>

namespace erp::core {
class AreaRegistry;
}

namespace erp::rpc {

struct CallContext;

// The printed forms the areas registered for a document kind: [{name, title, languages}]
// (print.forms, and meta.describe's printForms).
QCborArray describePrintForms(const erp::core::AreaRegistry &areas, const QString &kind);

// The template a form prints with for an organization (0: none): the organization's override,
// else the one for all organizations, else the built-in resource; `source` says which.
struct ChosenTemplate
{
    erp::print::PrintTemplate form;
    QString source; // organization, global, resource
};
ChosenTemplate printTemplateFor(CallContext &ctx, const QString &form, qint64 organization);

// print.template and print.saveTemplate.
QList<Method> printTemplateMethods();

} // namespace erp::rpc
