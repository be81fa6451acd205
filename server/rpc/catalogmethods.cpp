#include "core/catalogstore.h"
#include "methods.h"

namespace erp::rpc {

namespace {

using Operation = QCborMap (erp::core::CatalogStore::*)(const QCborMap &);

Method catalogMethod(const QString &name, const QString &summary, Access access, Operation op)
{
    return {name, access == Access::Read ? QStringLiteral("read") : QStringLiteral("write"), summary, access,
            [op](CallContext &ctx, const QCborMap &params) -> QCborValue {
                erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, &ctx.events);
                return (store.*op)(params);
            }};
}

} // namespace

QList<Method> catalogMethods()
{
    using erp::core::CatalogStore;
    return {
        catalogMethod(QStringLiteral("catalog.create"),
                      QStringLiteral("Creates an object: {kind, values, sections?} -> the object."), Access::Write,
                      &CatalogStore::create),
        catalogMethod(QStringLiteral("catalog.read"), QStringLiteral("Reads an object: {kind, id}."), Access::Read,
                      &CatalogStore::read),
        catalogMethod(QStringLiteral("catalog.update"),
                      QStringLiteral("Changes an object: {kind, id, version, values, sections?}; "
                                     "refused with Conflict when version is stale."),
                      Access::Write, &CatalogStore::update),
        catalogMethod(QStringLiteral("catalog.setDeleted"),
                      QStringLiteral("Marks or unmarks an object for deletion: {kind, id, version, deleted}."),
                      Access::Write, &CatalogStore::setDeleted),
        catalogMethod(QStringLiteral("catalog.list"),
                      QStringLiteral("Lists objects: {kind, filters?, sort?, descending?, after?, limit?, parent?, "
                                     "includeDeleted?} -> {rows, more, next}."),
                      Access::Read, &CatalogStore::list),
        catalogMethod(QStringLiteral("catalog.search"),
                      QStringLiteral("Finds objects by code, name and searchable fields, ignoring case and "
                                     "accents: {kind, text, limit?}."),
                      Access::Read, &CatalogStore::search),
    };
}

} // namespace erp::rpc
