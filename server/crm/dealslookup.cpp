#include "dealslookup.h"

#include "core/catalogstore.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::crm {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deals)
};

QCborMap readVisible(erp::rpc::CallContext &ctx, const QString &kind, qint64 id, const QString &field)
{
    const erp::meta::ObjectKind *k = ctx.model.kind(kind);
    erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, nullptr, k->isDocument());
    QCborMap request;
    request.insert(QStringLiteral("kind"), kind);
    const erp::meta::ObjectKind &readable = store.kindFor(request, false); // Forbidden without the right
    try {
        return store.readObject(readable, id);
    } catch (const erp::rpc::RpcError &e) {
        if (e.code != ErrorCode::NotFound)
            throw;
        erp::rpc::fail(ErrorCode::Validation, Text::tr("%1: there is no %2 with id %3").arg(field, kind).arg(id), field);
    }
}

} // namespace

QCborMap dealOf(erp::rpc::CallContext &ctx, qint64 id, const QString &field)
{
    return readVisible(ctx, QStringLiteral("deals"), id, field);
}

qint64 optionalRef(erp::rpc::CallContext &ctx, const QCborMap &params, const QString &name, const QString &kind)
{
    const QCborValue v = params.value(name);
    if (v.isUndefined())
        return 0;
    readVisible(ctx, kind, v.toInteger(), name);
    return v.toInteger();
}

} // namespace erp::crm
