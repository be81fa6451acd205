// Print templates an administrator overrides per organization or for all (ERP_PRINT_TEMPLATES),
// checked by the loader that checks the built-in ones.
#include "printtemplates.h"

#include "core/areas.h"
#include "core/printforms.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include "db/query.h"

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PrintTemplates)
};

const QString Organization = QStringLiteral("organization");
const QString Global = QStringLiteral("global");
const QString Resource = QStringLiteral("resource");

QVariant organizationValue(qint64 organization)
{
    return organization ? QVariant(organization) : QVariant(QMetaType::fromType<qlonglong>());
}

QString bodyText(const QVariant &blob)
{
    return blob.typeId() == QMetaType::QByteArray ? QString::fromUtf8(blob.toByteArray()) : blob.toString();
}

// The stored body for the organization (0: for all) and where it came from; an empty body when none.
std::pair<QString, QString> storedBody(QSqlDatabase &db, const QString &form, qint64 organization, bool fallBack)
{
    erp::db::Query q(db);
    erp::db::execute(q,
                     QStringLiteral("SELECT BODY, ORGANIZATION_ID FROM ERP_PRINT_TEMPLATES WHERE FORM = ? AND "
                                    "(ORGANIZATION_ID IS NOT DISTINCT FROM ? OR (? = 1 AND ORGANIZATION_ID IS NULL)) "
                                    "ORDER BY ORGANIZATION_ID NULLS LAST"),
                     {form, organizationValue(organization), fallBack ? 1 : 0});
    if (!q.next())
        return {};
    return {bodyText(q.value(0)), q.value(1).isNull() ? Global : Organization};
}

QString resourceBody(const QString &form)
{
    QFile file(QStringLiteral(":/print/%1.json").arg(form));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const erp::core::PrintFormDefinition &formParam(CallContext &ctx, const QCborMap &params)
{
    const QString form = params.value(QStringLiteral("form")).toString();
    for (const erp::core::PrintFormDefinition &f : ctx.areas.printForms())
        if (f.name == form)
            return f;
    fail(ErrorCode::Validation, Text::tr("form: there is no print form \"%1\"").arg(form), QStringLiteral("form"));
}

qint64 organizationParam(CallContext &ctx, const QCborMap &params)
{
    const QCborValue v = params.value(Organization);
    if (v.isUndefined() || v.isNull())
        return 0;
    // The kind an override is kept per is the metadata's: its table comes from the model.
    const erp::meta::ObjectKind *kind = ctx.model.kind(QStringLiteral("organizations"));
    erp::db::Query q(ctx.db);
    if (kind)
        erp::db::execute(q, QStringLiteral("SELECT 1 FROM %1 WHERE \"ID\" = ?").arg(erp::db::quoteIdentifier(kind->table)),
                         {v.toInteger()});
    if (!kind || !q.next())
        fail(ErrorCode::Validation, Text::tr("organization: there is no organization %1").arg(v.toInteger()), Organization);
    return v.toInteger();
}

QList<Param> templateParams(bool withBody)
{
    QList<Param> params{Param::string(QStringLiteral("form"), MaxNameLength).require(),
                        Param::integer(Organization, 1).allowNull()};
    if (withBody)
        params.append(Param::string(QStringLiteral("body"), 1 << 20)); // empty: remove the override
    return params;
}

QCborValue printTemplate(CallContext &ctx, const QCborMap &params)
{
    const QString form = formParam(ctx, params).name;
    const auto [body, source] = storedBody(ctx.db, form, organizationParam(ctx, params), true);
    if (!body.isEmpty())
        return QCborMap{{QStringLiteral("body"), body}, {QStringLiteral("source"), source}};
    return QCborMap{{QStringLiteral("body"), resourceBody(form)}, {QStringLiteral("source"), Resource}};
}

QCborValue saveTemplate(CallContext &ctx, const QCborMap &params)
{
    const QString form = formParam(ctx, params).name;
    const qint64 organization = organizationParam(ctx, params);
    if (!params.value(QStringLiteral("body")).isString())
        fail(ErrorCode::Validation, Text::tr("body: the template's JSON text is required (empty: remove the override)"),
             QStringLiteral("body"));
    const QString body = params.value(QStringLiteral("body")).toString();
    erp::db::Query q(ctx.db);
    if (body.trimmed().isEmpty()) {
        erp::db::execute(q, QStringLiteral("DELETE FROM ERP_PRINT_TEMPLATES WHERE FORM = ? AND ORGANIZATION_ID IS NOT DISTINCT FROM ?"),
                         {form, organizationValue(organization)});
        return QCborMap();
    }
    QString error, path;
    const auto parsed = erp::print::parsePrintTemplate(body.toUtf8(), QStringLiteral("body"), &error, &path);
    if (!parsed)
        fail(ErrorCode::Validation, error, QStringLiteral("body.") + path);
    if (parsed->form != form)
        fail(ErrorCode::Validation, Text::tr("body: form: \"%1\" is not the form saved, %2").arg(parsed->form, form),
             QStringLiteral("body.form"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    erp::db::execute(q,
                     QStringLiteral("UPDATE OR INSERT INTO ERP_PRINT_TEMPLATES (FORM, ORGANIZATION_ID, BODY, UPDATED_BY, UPDATED_AT) "
                                    "VALUES (?, ?, ?, ?, ?) MATCHING (FORM, ORGANIZATION_ID)"),
                     {form, organizationValue(organization), body, ctx.user.login, QDateTime(now.date(), now.time())});
    return QCborMap();
}

} // namespace

ChosenTemplate printTemplateFor(CallContext &ctx, const QString &form, qint64 organization)
{
    QString error;
    const auto [body, source] = storedBody(ctx.db, form, organization, true);
    if (!body.isEmpty()) {
        auto parsed = erp::print::parsePrintTemplate(body.toUtf8(), QStringLiteral("ERP_PRINT_TEMPLATES %1 (%2)").arg(form, source),
                                                      &error);
        if (!parsed) // saved valid, the renderer has changed since: say so rather than print another form
            fail(ErrorCode::Internal, error);
        return {*parsed, source};
    }
    const auto builtIn = erp::print::builtInTemplate(form, &error);
    if (!builtIn)
        fail(ErrorCode::Internal, error);
    return {*builtIn, Resource};
}

QList<Method> printTemplateMethods()
{
    return {
        {QStringLiteral("print.template"), QStringLiteral("read"),
         QStringLiteral("A print form's template: {form, organization?} -> {body, source: organization|global|resource}."),
         Access::Read, printTemplate, templateParams(false)},
        {QStringLiteral("print.saveTemplate"), QStringLiteral("admin"),
         QStringLiteral("Stores a print form's template for an organization or for all: {form, organization?, body}; an "
                        "empty body removes the override."),
         Access::Write, saveTemplate, templateParams(true)},
    };
}

} // namespace erp::rpc
