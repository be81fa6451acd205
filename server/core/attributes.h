#pragma once

#include "metadata/model.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace erp::core {

// Additional attributes: typed fields an administrator adds to a kind whose metadata allows
// it ("additionalAttributes": true) by writing the catalog additional_attributes. Each is a
// real column of the kind's table, X_<NAME> (a DBA reads CAT_PARTNERS.X_VIP_LEVEL), added at
// run time; the snapshot (core/options.h) gives the kind a field for it, so reading, listing,
// filtering, sorting, totals and validation treat it like a declared field.
namespace attributes {

inline const QString Kind = QStringLiteral("additional_attributes");
inline const QString Option = QStringLiteral("additional_attributes");
inline const QString ItemsSection = QStringLiteral("items");

struct Attribute
{
    qint64 id = 0;
    QString kind;
    bool deleted = false;
    erp::meta::Field field;
    std::optional<erp::meta::Enumeration> enumeration;
};

// Every attribute stored (deleted ones too: their columns stay).
QList<Attribute> load(QSqlDatabase &db);

// The column of an attribute: X_ and its name in capitals.
QString columnOf(const QString &name);

// The model with these attributes added (each to its kind, with its enumeration).
void extend(erp::meta::Model &model, const QList<Attribute> &attributes);

// Checks an attribute as written (the object as catalog.read returns it) against the declared
// metadata and the other attributes; `before` is the object before an update. Throws
// RpcError (Validation) naming the field at fault.
void check(QSqlDatabase &db, const erp::meta::Model &base, const QCborMap &object, const QCborMap &before);

// The SQL expression of an attribute of a kind on a table alias ("t.\"X_VIP\""), for other
// parts that build queries over a kind (segments filter partners by attributes); empty when
// the kind has no such live attribute in this model.
QString expression(const erp::meta::Model &model, const QString &kind, const QString &name,
                   const QString &alias = QStringLiteral("t"));

} // namespace attributes

} // namespace erp::core
