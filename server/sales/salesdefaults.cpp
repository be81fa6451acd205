#include "salesdefaults.h"

#include "core/datasource.h"
#include "core/posting.h"
#include "trade/recalculation.h"

namespace erp::sales {

namespace {

// The document this one follows: (kind, id), or an empty kind.
std::pair<QString, qint64> predecessor(const erp::core::RecalcContext &ctx)
{
    for (const auto &[field, kind] : {std::pair{QStringLiteral("sales_order"), QStringLiteral("sales_orders")},
                                      std::pair{QStringLiteral("sales_invoice"), QStringLiteral("sales_invoices")},
                                      std::pair{QStringLiteral("deal"), QStringLiteral("deals")}}) {
        const QCborValue id = ctx.document.value(field);
        if (id.isInteger())
            return {kind, id.toInteger()};
    }
    return {};
}

} // namespace

void fillSalesDefaults(erp::core::RecalcContext &ctx)
{
    const auto [kind, id] = predecessor(ctx);
    const QCborValue partner = ctx.document.value(QStringLiteral("partner"));
    for (const auto &[field, partnerField] :
         {std::pair{QStringLiteral("manager"), QStringLiteral("manager")},
          std::pair{QStringLiteral("information_source"), QStringLiteral("source")},
          std::pair{QStringLiteral("marketing_event"), QStringLiteral("marketing_event")}}) {
        if (!ctx.document.contains(field) || ctx.document.value(field).isInteger())
            continue;
        QCborValue value;
        if (!kind.isEmpty())
            value = ctx.data.field(kind, id, field);
        if (!value.isInteger() && partner.isInteger() && !partnerField.isEmpty())
            value = ctx.data.field(QStringLiteral("partners"), partner.toInteger(), partnerField);
        if (!value.isInteger() && field == QLatin1String("manager") && ctx.user != 0)
            value = ctx.user;
        if (value.isInteger())
            ctx.document.insert(field, value);
    }
}

void recalculateSale(erp::core::RecalcContext &ctx)
{
    erp::trade::recalculateSalesLines(ctx);
    fillSalesDefaults(ctx);
}

void recalculateSalesDocument(erp::core::RecalcContext &ctx)
{
    erp::trade::recalculateLines(ctx);
    fillSalesDefaults(ctx);
}

} // namespace erp::sales
