#include "clientvalidity.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace erp::crm {

namespace {

using erp::meta::Field;
using erp::meta::FieldType;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ClientValidity)
};

const Field *referenceTo(const ObjectKind &kind, const QString &target)
{
    for (const Field &f : kind.fields)
        if (f.type == FieldType::Ref && f.target == target)
            return &f;
    return nullptr;
}

QDate dateField(erp::core::DataSource &data, const ObjectKind &kind, qint64 id, const QString &name)
{
    const Field *f = kind.field(name);
    if (!f || f->type != FieldType::Date)
        return {};
    return QDate::fromString(data.field(kind.name, id, name).toString(), Qt::ISODate);
}

} // namespace

void checkCounterparty(erp::core::SaveContext &ctx)
{
    if (!ctx.kind.isDocument())
        return;
    for (const Field &f : ctx.kind.fields) {
        const ObjectKind *entity = f.type == FieldType::Ref ? ctx.model.kind(f.target) : nullptr;
        if (!entity || !entity->timeline || entity->isDocument())
            continue;
        const QCborValue value = ctx.document.value(f.name);
        if (!value.isInteger())
            continue;
        const qint64 id = value.toInteger();
        const QString name = ctx.data.field(entity->name, id, QStringLiteral("name")).toString();
        // Whose it is: its reference to a catalog the document also names (the partner).
        for (const Field &owner : entity->fields) {
            const ObjectKind *ownerKind = owner.type == FieldType::Ref ? ctx.model.kind(owner.target) : nullptr;
            if (!ownerKind || !ownerKind->timeline)
                continue;
            const Field *mine = referenceTo(ctx.kind, owner.target);
            const QCborValue documentOwner = mine ? ctx.document.value(mine->name) : QCborValue();
            if (!documentOwner.isInteger())
                continue;
            if (ctx.data.field(entity->name, id, owner.name) != documentOwner)
                fail(ErrorCode::Validation,
                     Text::tr("%1: %2 does not belong to the document's %3").arg(f.name, name, mine->name), f.name);
        }
        const QDate on = QDateTime::fromString(ctx.document.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs)
                             .toUTC()
                             .date();
        if (!on.isValid())
            continue;
        const QDate from = dateField(ctx.data, *entity, id, QStringLiteral("valid_from"));
        const QDate to = dateField(ctx.data, *entity, id, QStringLiteral("valid_to"));
        if (from.isValid() && on < from)
            fail(ErrorCode::Validation,
                 Text::tr("%1: %2 is valid from %3; the document is dated %4")
                     .arg(f.name, name, from.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                 f.name);
        if (to.isValid() && on > to)
            fail(ErrorCode::Validation,
                 Text::tr("%1: %2 was valid until %3; the document is dated %4")
                     .arg(f.name, name, to.toString(Qt::ISODate), on.toString(Qt::ISODate)),
                 f.name);
    }
}

} // namespace erp::crm
