#include "dealsprocess.h"
#include "partnerdefaults.h"

#include "core/datasource.h"
#include "core/documentstore.h"
#include "core/posting.h"
#include "core/postinghelpers.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QSet>

namespace erp::crm {

using erp::Decimal;
using erp::protocol::ErrorCode;
using erp::rpc::fail;
using namespace erp::core::posting;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deals)
};

const QString Won = QStringLiteral("won");
const QString Lost = QStringLiteral("lost");
const QString Lead = QStringLiteral("lead");

QString stageTitle(const QString &stage)
{
    // The stage titles are the deal_stages enumeration's, translated like every metadata title.
    static const QHash<QString, const char *> titles{{QStringLiteral("lead"), "Lead"},
                                                      {QStringLiteral("qualification"), "Qualification"},
                                                      {QStringLiteral("proposal"), "Proposal"},
                                                      {QStringLiteral("negotiation"), "Negotiation"},
                                                      {QStringLiteral("won"), "Won"},
                                                      {QStringLiteral("lost"), "Lost"}};
    const char *english = titles.value(stage, nullptr);
    return english ? QCoreApplication::translate("MetadataTitle", english) : stage;
}

QList<QCborMap> stagesOf(erp::core::DataSource &data, const QCborValue &type)
{
    return type.isInteger() ? data.sectionLines(QStringLiteral("deal_types"), type.toInteger(), QStringLiteral("stages"))
                            : QList<QCborMap>{};
}

qsizetype indexOf(const QList<QCborMap> &stages, const QString &stage)
{
    for (qsizetype i = 0; i < stages.size(); ++i)
        if (stages.at(i).value(QStringLiteral("stage")).toString() == stage)
            return i;
    return -1;
}

QString typeName(erp::core::DataSource &data, const QCborValue &type)
{
    return type.isInteger() ? data.field(QStringLiteral("deal_types"), type.toInteger(), QStringLiteral("name")).toString()
                            : QString();
}

// The reason's kind must be the outcome's (a reason for lost deals does not explain a win).
void checkReason(erp::core::DataSource &data, const QCborValue &reason, const QString &kind, const QString &field)
{
    if (!reason.isInteger())
        return;
    const QString appliesTo =
        data.field(QStringLiteral("deal_reasons"), reason.toInteger(), QStringLiteral("applies_to")).toString();
    if (appliesTo != kind) {
        const QString name = data.field(QStringLiteral("deal_reasons"), reason.toInteger(), QStringLiteral("name")).toString();
        fail(ErrorCode::Validation,
             kind == Won    ? Text::tr("%1: \"%2\" is no reason for a won deal").arg(field, name)
             : kind == Lost ? Text::tr("%1: \"%2\" is no reason for a lost deal").arg(field, name)
                            : Text::tr("%1: \"%2\" is no reason for unmet demand").arg(field, name),
             field);
    }
}

} // namespace

void dealProcessGuard(erp::core::GuardContext &ctx)
{
    const QCborValue type = ctx.object.value(QStringLiteral("deal_type"));
    const QList<QCborMap> stages = stagesOf(ctx.data, type);
    const QString process = typeName(ctx.data, type);
    const qsizetype current = indexOf(stages, ctx.from);
    qsizetype target = stages.size(); // won: past every stage
    if (ctx.to == Lost) {
        checkReason(ctx.data, ctx.object.value(QStringLiteral("outcome_reason")), Lost, QStringLiteral("outcome_reason"));
        return; // a deal may be lost at any stage
    }
    if (ctx.to == Won)
        checkReason(ctx.data, ctx.object.value(QStringLiteral("outcome_reason")), Won, QStringLiteral("outcome_reason"));
    else {
        target = indexOf(stages, ctx.to);
        if (target < 0)
            fail(ErrorCode::Validation,
                 Text::tr("transition: the process \"%1\" has no stage \"%2\"").arg(process, stageTitle(ctx.to)),
                 QStringLiteral("transition"));
    }
    for (qsizetype i = current + 1; i < target; ++i)
        if (!stages.at(i).value(QStringLiteral("may_skip")).toBool())
            fail(ErrorCode::Validation,
                 Text::tr("transition: the stage \"%1\" of the process \"%2\" may not be skipped")
                     .arg(stageTitle(stages.at(i).value(QStringLiteral("stage")).toString()), process),
                 QStringLiteral("transition"));
}

QList<erp::core::ChecklistItem> dealChecklist(erp::core::ChecklistContext &ctx)
{
    const QCborValue type = ctx.data.field(ctx.kind, ctx.id, QStringLiteral("deal_type"));
    QList<erp::core::ChecklistItem> out;
    if (!type.isInteger())
        return out;
    bool binding = true; // shown: as declared
    if (!ctx.transition.isEmpty()) {
        static const QHash<QString, QString> forward{{QStringLiteral("to_qualification"), QStringLiteral("qualification")},
                                                     {QStringLiteral("to_proposal"), QStringLiteral("proposal")},
                                                     {QStringLiteral("to_negotiation"), QStringLiteral("negotiation")}};
        const QList<QCborMap> stages = stagesOf(ctx.data, type);
        if (ctx.transition == QLatin1String("win"))
            binding = true;
        else if (forward.contains(ctx.transition))
            binding = indexOf(stages, forward.value(ctx.transition)) > indexOf(stages, ctx.state);
        else
            binding = false;
    }
    for (const QCborMap &a : ctx.data.sectionLines(QStringLiteral("deal_types"), type.toInteger(), QStringLiteral("actions")))
        if (a.value(QStringLiteral("stage")).toString() == ctx.state)
            out.append({a.value(QStringLiteral("name")).toString(), a.value(QStringLiteral("title")).toString(),
                        binding && a.value(QStringLiteral("required")).toBool()});
    return out;
}

void dealTransitionEffect(erp::core::TransitionContext &ctx)
{
    if (ctx.transition == QLatin1String("mark") || ctx.transition == QLatin1String("unmark"))
        return;
    QCborMap values;
    if (ctx.to == Won)
        values.insert(QStringLiteral("probability"), QStringLiteral("100"));
    else if (ctx.to == Lost)
        values.insert(QStringLiteral("probability"), QStringLiteral("0"));
    else {
        const QList<QCborMap> stages = stagesOf(ctx.data, ctx.data.field(ctx.kind, ctx.id, QStringLiteral("deal_type")));
        const qsizetype i = indexOf(stages, ctx.to);
        if (i >= 0)
            values.insert(QStringLiteral("probability"), stages.at(i).value(QStringLiteral("probability")));
    }
    if (ctx.to == Won || ctx.to == Lost)
        values.insert(QStringLiteral("decided_stage"), ctx.from);
    else
        values.insert(QStringLiteral("decided_stage"), QCborValue(QCborValue::Null));
    if (ctx.transition == QLatin1String("reopen"))
        values.insert(QStringLiteral("outcome_reason"), QCborValue(QCborValue::Null)); // decided anew
    QCborMap params;
    params.insert(QStringLiteral("kind"), ctx.kind);
    ctx.store.writeFields(ctx.store.kindFor(params, true), ctx.id, values);
}

void recalculateDeal(erp::core::RecalcContext &ctx)
{
    QCborMap &d = ctx.document;
    const QString status = d.value(QStringLiteral("status")).toString();
    const QCborValue type = d.value(QStringLiteral("deal_type"));
    const QList<QCborMap> stages = stagesOf(ctx.data, type);
    if (type.isInteger() && !status.isEmpty() && status != Won && status != Lost && indexOf(stages, status) < 0)
        fail(ErrorCode::Validation,
             Text::tr("deal_type: the process \"%1\" has no stage \"%2\", where the deal is")
                 .arg(typeName(ctx.data, type), stageTitle(status)),
             QStringLiteral("deal_type"));
    if (d.contains(QStringLiteral("manager")) && !d.value(QStringLiteral("manager")).isInteger() && ctx.user != 0)
        d.insert(QStringLiteral("manager"), ctx.user); // the user registering it, as on sales documents
    fillFromPartner(ctx, partnerOrigin());
    if (d.value(QStringLiteral("probability")).isNull()) {
        if (status == Won)
            d.insert(QStringLiteral("probability"), QStringLiteral("100"));
        else if (status == Lost)
            d.insert(QStringLiteral("probability"), QStringLiteral("0"));
        else if (const qsizetype i = indexOf(stages, status.isEmpty() ? Lead : status); i >= 0)
            d.insert(QStringLiteral("probability"), stages.at(i).value(QStringLiteral("probability")));
    }
    const Decimal probability = decimal(d.value(QStringLiteral("probability")), QStringLiteral("probability"));
    if (Decimal::fromUnits(100, 0) < probability)
        fail(ErrorCode::Validation, Text::tr("probability: must be at most 100"), QStringLiteral("probability"));
    const QCborValue amount = d.value(QStringLiteral("expected_amount"));
    if (amount.isNull() || d.value(QStringLiteral("probability")).isNull())
        d.insert(QStringLiteral("weighted_amount"), QCborValue(QCborValue::Null));
    else
        d.insert(QStringLiteral("weighted_amount"),
                 money(dividedBy(times(decimal(amount, QStringLiteral("expected_amount")), probability, 6,
                                       QStringLiteral("weighted_amount")),
                                 Decimal::fromUnits(100, 0), 2, QStringLiteral("weighted_amount")),
                       QStringLiteral("weighted_amount")));
    if (status == Won || status == Lost)
        checkReason(ctx.data, d.value(QStringLiteral("outcome_reason")), status, QStringLiteral("outcome_reason"));

    QCborMap sections = d.value(QStringLiteral("sections")).toMap();
    QCborArray products = sections.value(QStringLiteral("products")).toArray();
    for (qsizetype i = 0; i < products.size(); ++i) {
        QCborMap line = products.at(i).toMap();
        const QString at = QStringLiteral("products[%1].").arg(i + 1);
        const QCborValue price = line.value(QStringLiteral("price"));
        const QCborValue quantity = line.value(QStringLiteral("quantity"));
        line.insert(QStringLiteral("amount"),
                    price.isNull() || quantity.isNull()
                        ? QCborValue(QCborValue::Null)
                        : QCborValue(money(times(decimal(quantity, at + QStringLiteral("quantity")),
                                                 decimal(price, at + QStringLiteral("price")), 2,
                                                 at + QStringLiteral("amount")),
                                           at + QStringLiteral("amount"))));
        products[i] = line;
    }
    sections.insert(QStringLiteral("products"), products);
    d.insert(QStringLiteral("sections"), sections);
    const QCborArray unmet = sections.value(QStringLiteral("unmet_demand")).toArray();
    for (qsizetype i = 0; i < unmet.size(); ++i)
        checkReason(ctx.data, unmet.at(i).toMap().value(QStringLiteral("reason")), QStringLiteral("unmet_demand"),
                    QStringLiteral("unmet_demand[%1].reason").arg(i + 1));
}

void checkDealType(erp::core::RecalcContext &ctx)
{
    const QCborMap sections = ctx.document.value(QStringLiteral("sections")).toMap();
    const QCborArray stages = sections.value(QStringLiteral("stages")).toArray();
    if (stages.isEmpty() || stages.first().toMap().value(QStringLiteral("stage")).toString() != Lead)
        fail(ErrorCode::Validation,
             Text::tr("stages[1].stage: the process starts with the lead, where every deal is registered"),
             QStringLiteral("stages[1].stage"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QCborMap s = stages.at(i).toMap();
        const QString stage = s.value(QStringLiteral("stage")).toString();
        const QString at = QStringLiteral("stages[%1].").arg(i + 1);
        if (stage == Won || stage == Lost)
            fail(ErrorCode::Validation,
                 Text::tr("%1stage: won and lost end every process and are not among its stages").arg(at),
                 at + QStringLiteral("stage"));
        if (seen.contains(stage))
            fail(ErrorCode::Validation, Text::tr("%1stage: \"%2\" is listed twice").arg(at, stageTitle(stage)),
                 at + QStringLiteral("stage"));
        seen.insert(stage);
        if (Decimal::fromUnits(100, 0) < decimal(s.value(QStringLiteral("probability")), at + QStringLiteral("probability")))
            fail(ErrorCode::Validation, Text::tr("%1probability: must be at most 100").arg(at),
                 at + QStringLiteral("probability"));
    }
    const QCborArray actions = sections.value(QStringLiteral("actions")).toArray();
    QSet<QString> names;
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QCborMap a = actions.at(i).toMap();
        const QString at = QStringLiteral("actions[%1].").arg(i + 1);
        const QString stage = a.value(QStringLiteral("stage")).toString();
        if (!seen.contains(stage))
            fail(ErrorCode::Validation, Text::tr("%1stage: \"%2\" is not a stage of this process").arg(at, stageTitle(stage)),
                 at + QStringLiteral("stage"));
        const QString key = stage + u'/' + a.value(QStringLiteral("name")).toString();
        if (names.contains(key))
            fail(ErrorCode::Validation, Text::tr("%1name: the stage has this action already").arg(at),
                 at + QStringLiteral("name"));
        names.insert(key);
    }
}

} // namespace erp::crm
