// Documents (create, change, post, unpost, mark) and register reports.
#include "accounting/trialbalance.h"
#include "core/access.h"
#include "core/documentstore.h"
#include "core/registers.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"
#include "sales/basedon.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Registers)
};

using Operation = QCborMap (erp::core::DocumentStore::*)(const QCborMap &);

// "where" of a register query: dimensions of the register only, each value of its dimension's
// type ("where.product" names a value that is not a product id).
QCborMap dimensionFilter(CallContext &ctx, const erp::meta::Register &reg, const QCborMap &params)
{
    const QCborMap where = params.value(QStringLiteral("where")).toMap();
    QCborMap out;
    for (auto it = where.constBegin(); it != where.constEnd(); ++it) {
        const QString name = it.key().toString();
        const QString path = QStringLiteral("where.") + name;
        const erp::meta::Field *dimension = nullptr;
        for (const erp::meta::Field &d : reg.dimensions)
            if (d.name == name)
                dimension = &d;
        if (!dimension)
            fail(ErrorCode::Validation, Text::tr("where.%1: not a dimension of %2").arg(name, reg.name), path);
        QCborValue value;
        QString error;
        const erp::meta::Enumeration *e = dimension->type == erp::meta::FieldType::Enum ? ctx.model.enumeration(dimension->target) : nullptr;
        if (!erp::meta::normalizeValue(*dimension, e, it.value(), &value, &error))
            fail(ErrorCode::Validation, QStringLiteral("%1: %2").arg(path, error), path);
        out.insert(name, value);
    }
    return out;
}

Method documentMethod(const QString &name, const QString &summary, Operation op)
{
    return {name, QStringLiteral("read"), summary, true, [op](CallContext &ctx, const QCborMap &params) -> QCborValue {
                erp::core::DocumentStore store(ctx.db, ctx.model, ctx.user, &ctx.events);
                return (store.*op)(params);
            }};
}

QCborValue balances(CallContext &ctx, const QCborMap &params)
{
    const QString name = params.value(QStringLiteral("register")).toString();
    const erp::meta::Register *reg = ctx.model.findRegister(name);
    if (!reg || reg->type != erp::meta::RegisterType::Balance)
        fail(ErrorCode::Validation, Text::tr("register: unknown balance register \"%1\"").arg(name), QStringLiteral("register"));
    const QDateTime at = momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc());
    const QCborMap where = dimensionFilter(ctx, *reg, params);
    erp::core::RegisterWriter registers(ctx.db, ctx.model);
    QCborArray rows;
    for (const QCborMap &row : registers.balances(*reg, at, where))
        rows.append(row);
    QCborMap result;
    result.insert(QStringLiteral("rows"), rows);
    return result;
}

} // namespace

QList<Method> documentMethods()
{
    using erp::core::DocumentStore;
    return {
        documentMethod(QStringLiteral("document.create"),
                       QStringLiteral("Creates a document: {kind, values (date, fields), sections?, post?} -> the document."),
                       &DocumentStore::create),
        documentMethod(QStringLiteral("document.read"), QStringLiteral("Reads a document: {kind, id}."), &DocumentStore::read),
        documentMethod(QStringLiteral("document.update"),
                       QStringLiteral("Changes a document: {kind, id, version, values?, sections?, post?}; a posted one is "
                                      "posted again."),
                       &DocumentStore::update),
        documentMethod(QStringLiteral("document.post"), QStringLiteral("Posts a document: {kind, id, version}."),
                       &DocumentStore::post),
        documentMethod(QStringLiteral("document.repost"),
                       QStringLiteral("Posts a posted document again, replacing its movements: {kind, id, version}."),
                       &DocumentStore::post),
        documentMethod(QStringLiteral("document.unpost"), QStringLiteral("Takes a document's movements back: {kind, id, version}."),
                       &DocumentStore::unpost),
        documentMethod(QStringLiteral("document.setDeleted"),
                       QStringLiteral("Marks (and unposts) or unmarks a document: {kind, id, version, deleted}."),
                       &DocumentStore::setDeleted),
        documentMethod(QStringLiteral("document.list"),
                       QStringLiteral("Lists documents like catalog.list; sorted by date by default."), &DocumentStore::list),
        documentMethod(QStringLiteral("document.movements"),
                       QStringLiteral("The register movements of a document: {kind, id} -> {register: [rows]}."),
                       &DocumentStore::movements),
        {QStringLiteral("document.basedOn"), QStringLiteral("read"),
         QStringLiteral("Values and lines for a new document made from another: {kind, from: {kind, id}} -> {values, sections}."),
         true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QCborMap from = params.value(QStringLiteral("from")).toMap();
             if (!from.value(QStringLiteral("id")).isInteger())
                 fail(ErrorCode::BadRequest, Text::tr("from: {kind, id} of the source document is required"), QStringLiteral("from"));
             return erp::sales::basedOn(ctx.db, ctx.model, ctx.user, params.value(QStringLiteral("kind")).toString(),
                                        from.value(QStringLiteral("kind")).toString(), from.value(QStringLiteral("id")).toInteger());
         }},
        {QStringLiteral("document.related"), QStringLiteral("read"),
         QStringLiteral("The documents linked with this one, both ways: {kind, id} -> {documents}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             erp::core::DocumentStore store(ctx.db, ctx.model, ctx.user, &ctx.events);
             store.read(params); // the document exists and the user may read it
             return erp::sales::related(ctx.db, ctx.model, params.value(QStringLiteral("kind")).toString(),
                                        params.value(QStringLiteral("id")).toInteger());
         }},
        {QStringLiteral("report.trialBalance"), QStringLiteral("read"),
         QStringLiteral("Debit and credit turnovers per account: {from?, to?, organization?} -> {rows, debit, credit}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QDateTime from = momentParam(params, QStringLiteral("from"), beginningOfTime());
             const QDateTime to = momentParam(params, QStringLiteral("to"), endOfTime());
             return erp::accounting::trialBalance(ctx.db, from, to, params.value(QStringLiteral("organization")).toInteger(0));
         }},
        {QStringLiteral("register.slice"), QStringLiteral("read"),
         QStringLiteral("An information register at a moment: {register, at?, where?} -> {rows}: the latest fact per dimension set."),
         true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QString name = params.value(QStringLiteral("register")).toString();
             const erp::meta::Register *reg = ctx.model.findRegister(name);
             if (!reg || reg->type != erp::meta::RegisterType::Information)
                 fail(ErrorCode::Validation, Text::tr("register: unknown information register \"%1\"").arg(name), QStringLiteral("register"));
             const QDateTime at = momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc());
             erp::core::RegisterWriter registers(ctx.db, ctx.model);
             QCborArray rows;
             for (const QCborMap &row : registers.slice(*reg, at, dimensionFilter(ctx, *reg, params)))
                 rows.append(row);
             QCborMap result;
             result.insert(QStringLiteral("rows"), rows);
             return result;
         }},
        {QStringLiteral("register.balances"), QStringLiteral("read"),
         QStringLiteral("Balances of a balance register: {register, at?, where?: {dimension: value}} -> {rows}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue { return balances(ctx, params); }},
    };
}

} // namespace erp::rpc
