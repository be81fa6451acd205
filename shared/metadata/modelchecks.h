#pragma once

#include "model.h"

// The checks of a loaded model across its files: what a field, a derived field or a reference
// names must exist and fit.
namespace erp::meta::checks {

bool checkDerived(const Model &model, const ObjectKind &kind, QString *error);
bool checkReferences(const Model &model, const QList<Field> &fields, const QString &owner, QString *error);

} // namespace erp::meta::checks
