#pragma once

#include <QCborMap>

class QSqlDatabase;

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

struct UserInfo;

// Documents that refer to this one and that this one refers to (the chain, both ways), found
// through the references the metadata declares; only those the user may read.
QCborMap relatedDocuments(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user,
                          const erp::meta::ObjectKind &kind, qint64 id);

} // namespace erp::core
