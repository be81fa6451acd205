// print.forms and print.render: the printed forms an area registered for a document kind
// (core/printforms.h), rendered to PDF from the document as the caller may read it.
#include "core/areas.h"
#include "core/dbdatasource.h"
#include "core/documentstore.h"
#include "i18n/language.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "print/documentpdf.h"
#include "print/printtemplate.h"
#include "printtemplates.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>

namespace erp::rpc {

using erp::core::PrintFormDefinition;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrintMethods)
};

const erp::meta::ObjectKind &documentKind(CallContext &ctx, const QString &name)
{
    const erp::meta::ObjectKind *kind = ctx.model.kind(name);
    if (!kind || !kind->isDocument())
        fail(ErrorCode::Validation, Text::tr("kind: \"%1\" is no document kind").arg(name), QStringLiteral("kind"));
    return *kind;
}

QList<const PrintFormDefinition *> formsOf(CallContext &ctx, const QString &kind)
{
    QList<const PrintFormDefinition *> forms;
    for (const PrintFormDefinition &f : ctx.areas.printForms())
        if (f.kind == kind)
            forms.append(&f);
    return forms;
}

QCborValue printForms(CallContext &ctx, const QCborMap &params)
{
    const QString kind = documentKind(ctx, params.value(QStringLiteral("kind")).toString()).name;
    return QCborMap{{QStringLiteral("forms"), describePrintForms(ctx.areas, kind)}};
}

QCborValue printRender(CallContext &ctx, const QCborMap &params)
{
    const QString kind = documentKind(ctx, params.value(QStringLiteral("kind")).toString()).name;
    const QString formName = params.value(QStringLiteral("form")).toString();
    const PrintFormDefinition *definition = nullptr;
    for (const PrintFormDefinition *f : formsOf(ctx, kind))
        if (f->name == formName)
            definition = f;
    if (!definition)
        fail(ErrorCode::Validation, Text::tr("form: %1 has no print form \"%2\"").arg(kind, formName), QStringLiteral("form"));
    // Read as the caller: a document their row rules hide is NotFound, as in document.read.
    erp::core::DocumentStore store(ctx.db, ctx.model, ctx.areas, ctx.user, &ctx.events);
    const qint64 id = params.value(QStringLiteral("id")).toInteger();
    const QCborMap document = store.read(QCborMap{{QStringLiteral("kind"), kind}, {QStringLiteral("id"), id}});
    const QCborValue organization = document.value(QStringLiteral("organization"));
    const ChosenTemplate chosen = printTemplateFor(ctx, formName, organization.isInteger() ? organization.toInteger() : 0);
    const erp::print::PrintTemplate *form = &chosen.form;
    const QString language = params.contains(QStringLiteral("language")) ? params.value(QStringLiteral("language")).toString()
                                                                          : erp::i18n::currentLanguage();
    if (!form->languages.contains(language))
        fail(ErrorCode::Validation,
             Text::tr("language: the form prints in %1, not in \"%2\"").arg(form->languages.join(QStringLiteral(", ")), language),
             QStringLiteral("language"));

    erp::core::DbDataSource data(ctx.db, ctx.model);
    erp::core::PrintContext printContext{data, kind, id, document, language, ctx.user.name};
    const QCborMap printData = definition->data(printContext);
    const erp::print::RenderedPdf pdf = erp::print::renderDocumentPdf(*form, printData, language);

    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString name = document.value(QStringLiteral("number")).toString();
    name.replace(unsafe, QStringLiteral("_"));
    return QCborMap{{QStringLiteral("pdf"), pdf.pdf},
                    {QStringLiteral("pages"), pdf.pages},
                    {QStringLiteral("filename"), QStringLiteral("%1-%2.pdf").arg(formName, name)}};
}

} // namespace

QCborArray describePrintForms(const erp::core::AreaRegistry &areas, const QString &kind)
{
    QCborArray forms;
    for (const PrintFormDefinition &f : areas.printForms()) {
        if (f.kind != kind)
            continue;
        QString error;
        const auto form = erp::print::builtInTemplate(f.name, &error);
        QCborArray languages;
        for (const QString &language : form ? form->languages : QStringList())
            languages.append(language);
        forms.append(QCborMap{{QStringLiteral("name"), f.name},
                              {QStringLiteral("title"), QCoreApplication::translate(erp::core::PrintTexts, f.title)},
                              {QStringLiteral("languages"), languages}});
    }
    return forms;
}

QList<Method> printMethods()
{
    return printTemplateMethods() + QList<Method>{
        {QStringLiteral("print.forms"), QStringLiteral("read"),
         QStringLiteral("The printed forms of a document kind: {kind} -> {forms: [{name, title, languages}]}."), Access::Read,
         printForms, {kindParam()}},
        {QStringLiteral("print.render"), QStringLiteral("read"),
         QStringLiteral("A document printed to PDF: {kind, id, form, language?} -> {pdf, pages, filename}; a draft is "
                        "printed with a DRAFT watermark."),
         Access::Read, printRender,
         {kindParam(), idParam(), Param::string(QStringLiteral("form"), 40).require(),
          Param::choice(QStringLiteral("language"), {QStringLiteral("cs"), QStringLiteral("en")})}},
    };
}

} // namespace erp::rpc
