// Documents (create, change, post, unpost, mark) and register reports.
#include "core/access.h"
#include "core/areas.h"
#include "core/dbdatasource.h"
#include "core/documentstore.h"
#include "core/registers.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"
#include "core/relateddocuments.h"

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
        const erp::meta::Enumeration *e =
            dimension->type == erp::meta::FieldType::Enum ? ctx.model.enumeration(dimension->target) : nullptr;
        if (!erp::meta::normalizeValue(*dimension, e, it.value(), &value, &error))
            fail(ErrorCode::Validation, QStringLiteral("%1: %2").arg(path, error), path);
        out.insert(name, value);
    }
    return out;
}

Method documentMethod(const QString &name, const QString &summary, Access access, Operation op,
                      const QList<Param> &declared)
{
    return {name,
            access == Access::Read ? QStringLiteral("read") : QStringLiteral("write"),
            summary,
            access,
            [op](CallContext &ctx, const QCborMap &params) -> QCborValue {
                erp::core::DocumentStore store(ctx.db, ctx.model, ctx.areas, ctx.user, &ctx.events);
                return (store.*op)(params);
            },
            declared};
}

Method transitionMethod(const QString &name, const QString &transition, const QString &summary)
{
    return {name,
            QStringLiteral("write"),
            summary,
            Access::Write,
            [transition](CallContext &ctx, const QCborMap &params) -> QCborValue {
                erp::core::DocumentStore store(ctx.db, ctx.model, ctx.areas, ctx.user, &ctx.events);
                return store.transition(params, transition);
            },
            {kindParam(), idParam(), versionParam()}};
}

// {register, at?, where?} of register.balances and register.slice.
QList<Param> registerParams()
{
    return {Param::string(QStringLiteral("register"), MaxNameLength).require(), Param::moment(QStringLiteral("at")),
            Param::map(QStringLiteral("where"))};
}

// A proposal for a new document of `kind` from {from: {kind, id}}, by the rule the target's area declared.
QCborValue basedOn(CallContext &ctx, const QCborMap &params)
{
    const QCborMap from = params.value(QStringLiteral("from")).toMap(); // a map: the dispatcher checked it
    for (auto it = from.constBegin(); it != from.constEnd(); ++it)
        if (it.key().toString() != QLatin1String("kind") && it.key().toString() != QLatin1String("id"))
            fail(ErrorCode::Validation,
                 Text::tr("from.%1: unknown key (from is {kind, id})").arg(it.key().toVariant().toString()),
                 QStringLiteral("from.") + it.key().toVariant().toString());
    const QCborValue fromKind = from.value(QStringLiteral("kind"));
    const QCborValue fromId = from.value(QStringLiteral("id"));
    if (!fromKind.isString())
        fail(ErrorCode::Validation, Text::tr("from.kind: the kind of the source document is required"),
             QStringLiteral("from.kind"));
    if (!fromId.isInteger() || fromId.toInteger() <= 0)
        fail(ErrorCode::Validation, Text::tr("from.id: the id of the source document (a positive integer) is required"),
             QStringLiteral("from.id"));
    erp::core::DocumentStore store(ctx.db, ctx.model, ctx.areas, ctx.user, &ctx.events);
    const erp::meta::ObjectKind &target = store.kindFor(params, false);
    QCborMap sourceParams;
    sourceParams.insert(QStringLiteral("kind"), fromKind);
    const erp::meta::ObjectKind *sourceKind = nullptr;
    try {
        sourceKind = &store.kindFor(sourceParams, false);
    } catch (const RpcError &e) {
        if (e.field != QLatin1String("kind"))
            throw;
        fail(e.code, Text::tr("from.kind: unknown document \"%1\"").arg(fromKind.toString()),
             QStringLiteral("from.kind"));
    }
    const erp::meta::ObjectKind &source = *sourceKind;
    const erp::core::BasedOnRule *rule = ctx.areas.basedOn(source.name, target.name);
    if (!rule)
        fail(ErrorCode::Validation, Text::tr("kind: a %1 cannot be created from a %2").arg(target.name, source.name),
             QStringLiteral("kind"));
    const qint64 sourceId = fromId.toInteger();
    QCborMap document;
    try {
        document = store.readDocument(source, sourceId);
    } catch (const RpcError &e) {
        if (e.code != ErrorCode::NotFound)
            throw;
        fail(e.code, e.message, QStringLiteral("from.id"));
    }
    return store.proposal(*rule, target, document, sourceId);
}

QCborValue balances(CallContext &ctx, const QCborMap &params)
{
    const QString name = params.value(QStringLiteral("register")).toString();
    const erp::meta::Register *reg = ctx.model.findRegister(name);
    if (!reg || reg->type != erp::meta::RegisterType::Balance)
        fail(ErrorCode::Validation, Text::tr("register: unknown balance register \"%1\"").arg(name),
             QStringLiteral("register"));
    const QDateTime at = momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc());
    const QCborMap where = dimensionFilter(ctx, *reg, params);
    erp::core::RegisterWriter registers(ctx.db, ctx.model);
    QCborArray rows;
    for (const QCborMap &row : erp::core::AccessPolicy::withoutHidden(ctx.db, ctx.user, ctx.model, reg->dimensions,
                                                                      registers.balances(*reg, at, where)))
        rows.append(row);
    QCborMap result;
    result.insert(QStringLiteral("rows"), rows);
    return result;
}

} // namespace

QList<Method> documentMethods()
{
    using erp::core::DocumentStore;
    QCborMap (DocumentStore::*transition)(const QCborMap &) = &DocumentStore::transition;
    return {
        documentMethod(
            QStringLiteral("document.create"),
            QStringLiteral("Creates a document: {kind, values (date, fields), sections?, post?} -> the document."),
            Access::Write, &DocumentStore::create,
            {kindParam(), Param::map(QStringLiteral("values")).require(), Param::map(QStringLiteral("sections")),
             Param::boolean(QStringLiteral("post"))}),
        documentMethod(QStringLiteral("document.read"), QStringLiteral("Reads a document: {kind, id}."), Access::Read,
                       &DocumentStore::read, {kindParam(), idParam()}),
        documentMethod(
            QStringLiteral("document.update"),
            QStringLiteral("Changes a document: {kind, id, version, values?, sections?, post?}; a posted one is "
                           "posted again."),
            Access::Write, &DocumentStore::update,
            {kindParam(), idParam(), versionParam(), Param::map(QStringLiteral("values")),
             Param::map(QStringLiteral("sections")), Param::boolean(QStringLiteral("post"))}),
        transitionMethod(QStringLiteral("document.post"), QStringLiteral("post"),
                         QStringLiteral("Posts a document (the workflow's \"post\"): {kind, id, version}.")),
        transitionMethod(
            QStringLiteral("document.repost"), QStringLiteral("repost"),
            QStringLiteral("Posts a posted document again, replacing its movements: {kind, id, version}.")),
        transitionMethod(QStringLiteral("document.unpost"), QStringLiteral("unpost"),
                         QStringLiteral("Takes a document's movements back: {kind, id, version}.")),
        documentMethod(QStringLiteral("document.setDeleted"),
                       QStringLiteral("Marks (and unposts) or unmarks a document: {kind, id, version, deleted}."),
                       Access::Write, &DocumentStore::setDeleted,
                       {kindParam(), idParam(), versionParam(), Param::boolean(QStringLiteral("deleted"))}),
        documentMethod(QStringLiteral("document.list"),
                       QStringLiteral("Lists documents like catalog.list; sorted by date by default."), Access::Read,
                       &DocumentStore::list, listParams()),
        documentMethod(
            QStringLiteral("document.recalculate"),
            QStringLiteral("Runs the kind's recalculation on a document not saved: {kind, values, sections?} -> "
                           "{values, sections} (prices, amounts, VAT, totals); nothing is saved."),
            Access::Read, &DocumentStore::recalculateDraft,
            {kindParam(), Param::map(QStringLiteral("values")).require(), Param::map(QStringLiteral("sections"))}),
        documentMethod(QStringLiteral("document.movements"),
                       QStringLiteral("The register movements of a document: {kind, id} -> {register: [rows]}."),
                       Access::Read, &DocumentStore::movements, {kindParam(), idParam()}),
        {QStringLiteral("document.basedOn"), QStringLiteral("read"),
         QStringLiteral(
             "Values and lines for a new document made from another: {kind, from: {kind, id}} -> {values, sections}."),
         Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue { return basedOn(ctx, params); },
         {kindParam(), Param::map(QStringLiteral("from")).require()}},
        {QStringLiteral("document.related"), QStringLiteral("read"),
         QStringLiteral("The documents linked with this one, both ways: {kind, id} -> {documents}."), Access::Read,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             erp::core::DocumentStore store(ctx.db, ctx.model, ctx.areas, ctx.user, &ctx.events);
             const erp::meta::ObjectKind &kind = store.kindFor(params, false);
             const QCborValue id = params.value(QStringLiteral("id"));
             if (!id.isInteger() || id.toInteger() <= 0)
                 fail(ErrorCode::Validation, Text::tr("id: the document id (a positive integer) is required"),
                      QStringLiteral("id"));
             store.readDocument(kind, id.toInteger()); // the document exists and the user may read it
             return erp::core::relatedDocuments(ctx.db, ctx.model, ctx.user, kind, id.toInteger());
         },
         {kindParam(), idParam()}},
        {QStringLiteral("register.slice"), QStringLiteral("read"),
         QStringLiteral("An information register at a moment: {register, at?, where?} -> {rows}: the latest fact per "
                        "dimension set."),
         Access::Read,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QString name = params.value(QStringLiteral("register")).toString();
             const erp::meta::Register *reg = ctx.model.findRegister(name);
             if (!reg || reg->type != erp::meta::RegisterType::Information)
                 fail(ErrorCode::Validation, Text::tr("register: unknown information register \"%1\"").arg(name),
                      QStringLiteral("register"));
             const QDateTime at = momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc());
             erp::core::RegisterWriter registers(ctx.db, ctx.model);
             QCborArray rows;
             const QList<QCborMap> found = registers.slice(*reg, at, dimensionFilter(ctx, *reg, params));
             for (const QCborMap &row :
                  erp::core::AccessPolicy::withoutHidden(ctx.db, ctx.user, ctx.model, reg->dimensions, found))
                 rows.append(row);
             QCborMap result;
             result.insert(QStringLiteral("rows"), rows);
             return result;
         },
         registerParams()},
        {QStringLiteral("register.balances"), QStringLiteral("read"),
         QStringLiteral("Balances of a balance register: {register, at?, where?: {dimension: value}} -> {rows}."),
         Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue { return balances(ctx, params); },
         registerParams()},
        documentMethod(QStringLiteral("document.transition"),
                       QStringLiteral("Runs a transition of the document's workflow: {kind, id, version, transition}."),
                       Access::Write, transition,
                       {kindParam(), idParam(), versionParam(),
                        Param::string(QStringLiteral("transition"), MaxNameLength).require()}),
        documentMethod(
            QStringLiteral("document.history"),
            QStringLiteral(
                "Who moved the document through its workflow, when, from where to where: {kind, id} -> {rows}."),
            Access::Read, &DocumentStore::history, {kindParam(), idParam()}),
        documentMethod(
            QStringLiteral("document.transitions"),
            QStringLiteral("Which transitions the document may take now, each checked without moving it: {kind, id} "
                           "-> {transitions: [{name, title, allowed, reason?}]}."),
            Access::Read, &DocumentStore::transitions, {kindParam(), idParam()}),
        documentMethod(
            QStringLiteral("document.completeAction"),
            QStringLiteral("Marks an action of the checklist of the document's state done: {kind, id, action} -> "
                           "{state, actions}."),
            Access::Write, &DocumentStore::completeAction,
            {kindParam(), idParam(), Param::string(QStringLiteral("action"), MaxNameLength).require()}),
    };
}

} // namespace erp::rpc
