#include "interactions.h"
#include "partnerdefaults.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "core/posting.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>

namespace erp::crm {

using erp::protocol::ErrorCode;
using erp::rpc::fail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm)
};

const QString Partner = QStringLiteral("partner");

} // namespace

void requireOfPartner(erp::core::DataSource &data, QCborMap &document, const QString &field, const QString &kind,
                      bool fillPartner)
{
    const QCborValue id = document.value(field);
    if (!id.isInteger())
        return;
    const QCborValue owner = data.field(kind, id.toInteger(), Partner);
    const QCborValue partner = document.value(Partner);
    if (!partner.isInteger()) {
        if (fillPartner && owner.isInteger() && document.contains(Partner))
            document.insert(Partner, owner);
        return;
    }
    if (owner.isInteger() && owner.toInteger() == partner.toInteger())
        return;
    const bool isDocument = kind == QLatin1String("deals") || kind == QLatin1String("interactions");
    const QString name = data.field(kind, id.toInteger(), isDocument ? QStringLiteral("number") : QStringLiteral("name")).toString();
    const QString client = data.field(QStringLiteral("partners"), partner.toInteger(), QStringLiteral("name")).toString();
    fail(ErrorCode::Validation,
         Text::tr("%1: %2 does not belong to the client %3").arg(field, name, client), field);
}

void recalculateInteraction(erp::core::RecalcContext &ctx)
{
    QCborMap &doc = ctx.document;
    requireOfPartner(ctx.data, doc, QStringLiteral("contact"), QStringLiteral("contact_persons"));
    requireOfPartner(ctx.data, doc, QStringLiteral("deal"), QStringLiteral("deals"));
    fillFromPartner(ctx, partnerOrigin() + QList<std::pair<QString, QString>>{{QStringLiteral("manager"),
                                                                               QStringLiteral("manager")}});
    if (doc.contains(QStringLiteral("manager")) && !doc.value(QStringLiteral("manager")).isInteger() && ctx.user > 0)
        doc.insert(QStringLiteral("manager"), ctx.user);

    const QCborArray participants =
        doc.value(QStringLiteral("sections")).toMap().value(QStringLiteral("participants")).toArray();
    for (qsizetype i = 0; i < participants.size(); ++i) {
        const QCborMap line = participants.at(i).toMap();
        if (line.value(QStringLiteral("user")).isInteger() && line.value(QStringLiteral("contact")).isInteger()) {
            const QString path = QStringLiteral("participants[%1].contact").arg(i + 1);
            fail(ErrorCode::Validation,
                 Text::tr("%1: a participant is a user or a contact person, not both; add a line for each").arg(path),
                 path);
        }
    }
}

void interactionDone(erp::core::GuardContext &ctx)
{
    const QString type = ctx.object.value(QStringLiteral("interaction_type")).toString();
    if (type != QLatin1String("meeting") && type != QLatin1String("call_incoming") &&
        type != QLatin1String("call_outgoing"))
        return;
    if (ctx.object.value(QStringLiteral("result")).toString().trimmed().isEmpty())
        fail(ErrorCode::Validation,
             Text::tr("result: write down the result of the call or meeting before it is done"),
             QStringLiteral("result"));
}

} // namespace erp::crm
