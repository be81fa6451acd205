#include "crmarea.h"

#include "clienthistory.h"
#include "clientvalidity.h"
#include "core/areas.h"
#include "duplicates.h"
#include "merge.h"
#include "rpc/params.h"

namespace erp::crm {

using erp::rpc::Param;

void registerClients(erp::core::AreaRegistry &areas)
{
    areas.addSaveCheck(checkCounterparty);
    areas.addMethod({QStringLiteral("crm.history"), QStringLiteral("read"),
                     QStringLiteral("A partner's history, newest first: every document of the partner (or of its "
                                    "counterparties) and every deal stage change, paged by a cursor: {partner, "
                                    "filters?: {kinds?, from?, to?, manager?}, after?, limit?} -> {rows, next}."),
                     erp::rpc::Access::Read, partnerHistory,
                     {Param::integer(QStringLiteral("partner"), 1).require(), Param::map(QStringLiteral("filters")),
                      Param::map(QStringLiteral("after")).allowNull(), Param::integer(QStringLiteral("limit"), 1, 500)}});
    areas.addMethod({QStringLiteral("crm.duplicates"), QStringLiteral("read"),
                     QStringLiteral("Objects that look like the one being entered (the same IČO, DIČ, e-mail or phone, "
                                    "a very similar name; a counterparty's partner's other counterparties not by name): "
                                    "{kind, values: {name?, ico?, dic?, email?, phone?, partner?}, id?} "
                                    "-> {candidates: [{id, code, name, reasons, score}]}."),
                     erp::rpc::Access::Read, findDuplicates,
                     {Param::choice(QStringLiteral("kind"), {QStringLiteral("partners"), QStringLiteral("counterparties"),
                                                             QStringLiteral("contact_persons")})
                          .require(),
                      Param::map(QStringLiteral("values")).require(), Param::integer(QStringLiteral("id"), 1)}});
    areas.addMethod({QStringLiteral("crm.merge"), QStringLiteral("admin"),
                     QStringLiteral("Merges a duplicate into the object kept: every reference moved, register totals "
                                    "included, the duplicate marked, the merge recorded in partner_merges: {kind, from, "
                                    "into} -> {merge, moved: [{kind, field, rows}]}."),
                     erp::rpc::Access::Write, mergeObjects,
                     {Param::choice(QStringLiteral("kind"), {QStringLiteral("partners"), QStringLiteral("counterparties")})
                          .require(),
                      Param::integer(QStringLiteral("from"), 1).require(), Param::integer(QStringLiteral("into"), 1).require()}});
}

} // namespace erp::crm
