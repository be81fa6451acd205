#pragma once

#include "core/kindinfo.h"

#include <QList>
#include <QStringList>

namespace erp::app {

// The columns of a list: what the layout shows first (meta.form's list), then every other field
// a list can show (not long text), so the column chooser offers them all, derived fields the
// server adds included. Which are shown, in what order, is remembered per user and kind.
namespace listcolumns {

QList<FieldInfo> available(const KindInfo &kind, const QStringList &layout);
// The shown columns the user saved, in their order; empty when there is no setting.
QStringList load(const QString &user, const QString &kind);
void save(const QString &user, const QString &kind, const QStringList &shown);
void reset(const QString &user, const QString &kind);

} // namespace listcolumns

} // namespace erp::app
