#include "partnerdefaults.h"

#include "core/datasource.h"
#include "core/posting.h"

namespace erp::crm {

QList<std::pair<QString, QString>> partnerOrigin()
{
    return {{QStringLiteral("information_source"), QStringLiteral("source")},
            {QStringLiteral("marketing_event"), QStringLiteral("marketing_event")}};
}

void fillFromPartner(erp::core::RecalcContext &ctx, const QList<std::pair<QString, QString>> &fields)
{
    const QCborValue partner = ctx.document.value(QStringLiteral("partner"));
    if (!partner.isInteger())
        return;
    for (const auto &[field, partnerField] : fields) {
        // A field switched off (marketing events) is not in the document: nothing to fill.
        if (!ctx.document.contains(field) || ctx.document.value(field).isInteger())
            continue;
        const QCborValue value = ctx.data.field(QStringLiteral("partners"), partner.toInteger(), partnerField);
        if (value.isInteger())
            ctx.document.insert(field, value);
    }
}

} // namespace erp::crm
