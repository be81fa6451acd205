// Functional options: what an administrator switches on and off (core/options.h).
#include "core/options.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Options)
};

QString title(const QString &english)
{
    return QCoreApplication::translate("MetadataTitle", english.toUtf8().constData());
}

// Every option in the declared order, as this call's snapshot has it.
QCborValue listOptions(CallContext &ctx, const QCborMap &)
{
    QCborArray list;
    for (const erp::meta::FunctionalOption &o : ctx.snapshot->base->options()) {
        QCborMap item;
        item.insert(QStringLiteral("name"), o.name);
        item.insert(QStringLiteral("title"), title(o.title));
        item.insert(QStringLiteral("enabled"), ctx.snapshot->isEnabled(o.name));
        list.append(item);
    }
    QCborMap out;
    out.insert(QStringLiteral("options"), list);
    return out;
}

QCborValue setOption(CallContext &ctx, const QCborMap &params)
{
    const QString name = params.value(QStringLiteral("name")).toString();
    if (!ctx.snapshot->base->option(name)) {
        QStringList known;
        for (const erp::meta::FunctionalOption &o : ctx.snapshot->base->options())
            known.append(o.name);
        fail(ErrorCode::Validation,
             Text::tr("name: there is no functional option \"%1\" (there are: %2)").arg(name, known.join(u", ")),
             QStringLiteral("name"));
    }
    erp::core::storeOption(ctx.db, name, params.value(QStringLiteral("enabled")).toBool(), ctx.user.login);
    // A call that builds the snapshot before this commits builds it again after.
    erp::core::ModelSnapshots::invalidate();
    ctx.afterCommit.push_back([&db = ctx.db] { erp::core::ModelSnapshots::rebuildAfterCommit(db); });
    ctx.events.push_back({QString(), 0, 0, QStringLiteral("metaChanged")});
    return QCborMap();
}

} // namespace

QList<Method> optionMethods()
{
    return {
        {QStringLiteral("options.list"), QStringLiteral("read"),
         QStringLiteral("The functional options: -> {options: [{name, title, enabled}]}."), Access::Read, listOptions,
         {}},
        {QStringLiteral("options.set"), QStringLiteral("admin"),
         QStringLiteral("Switches a functional option on or off: {name, enabled}; what it covers disappears from "
                        "menus, forms, lists and answers without deleting data."),
         Access::Write, setOption,
         {Param::string(QStringLiteral("name"), 40).require(), Param::boolean(QStringLiteral("enabled")).require()}},
    };
}

} // namespace erp::rpc
