#pragma once

#include "catalogstore.h"

#include <QCborMap>
#include <QString>

#include <vector>

class QSqlDatabase;

namespace erp::core {

struct ModelSnapshot;
struct UserInfo;

// A kind hidden by a functional option that is off ("hiddenBy": counterparties with
// counterparties_per_partner) still serves the documents that refer to it, but nobody picks
// its objects any more: each owner (the kind's first required reference, a counterparty's
// partner) has one, and a document that names the owner and leaves the reference empty gets
// the owner's one object: its oldest one not marked for deletion, created when there is none
// (named like the owner, with the fields both kinds have alike copied: IČO, DIČ, address).
// Runs on document.create, document.update (when the owner is given) and
// document.recalculate (which only looks one up, as it writes nothing).
void fillHiddenReferences(QSqlDatabase &db, const ModelSnapshot &snapshot, const UserInfo &user,
                          std::vector<ChangeEvent> *events, const QString &method, QCborMap &params);

} // namespace erp::core
