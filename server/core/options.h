#pragma once

#include "metadata/model.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace erp::core {

// The model one call sees: the declared metadata with the additional attributes an
// administrator added (core/attributes.h) and without what the functional options that are
// off take out (Model::withOptionsOff). Every call takes the current snapshot when it starts
// and keeps it to the end, so a change committed meanwhile never shows half.
struct ModelSnapshot
{
    erp::meta::Model model;
    QHash<QString, bool> enabled; // every declared option
    const erp::meta::Model *base = nullptr; // the declared metadata

    bool isEnabled(const QString &option) const { return option.isEmpty() || enabled.value(option, true); }
    // Whether a kind of the declared metadata is switched off (the call answers Disabled).
    bool isKindOff(const QString &kind) const;
    // Whether a kind is left out of menus and meta.catalogs (switched off, or hidden by an option).
    bool isKindHidden(const erp::meta::ObjectKind &kind) const;
};

// The process's current snapshot: built from ERP_OPTIONS and the additional attributes, kept
// for the whole process and built again after a change commits (invalidate()), on the next
// call of any worker, like RowRules. Building it also adds the columns of new attributes
// (DDL, each statement on its own, outside any transaction), so it runs before a call's
// transaction starts.
class ModelSnapshots
{
public:
    static void setBase(const erp::meta::Model &base);
    static std::shared_ptr<const ModelSnapshot> current(QSqlDatabase &db);
    static void invalidate();
    // After a change of options or attributes commits: builds the snapshot at once on the
    // connection that committed it (which surely sees the change) and keeps it, so no call
    // after the change's answer can get a model built from the data before it.
    static void rebuildAfterCommit(QSqlDatabase &db);
};

// ERP_OPTIONS: the switched options; a missing row is the declared default.
QHash<QString, bool> loadOptions(QSqlDatabase &db, const erp::meta::Model &base);
void storeOption(QSqlDatabase &db, const QString &name, bool enabled, const QString &login);

} // namespace erp::core
