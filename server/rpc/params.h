#pragma once

#include "method.h"

#include <QDateTime>

class QCborMap;
class QString;

namespace erp::rpc {

// Parameters that several methods read the same way.

// The longest kind, register, transition or scope name a parameter may give: the platform's
// tables keep them in VARCHAR(40).
constexpr qsizetype MaxNameLength = 40;

// {kind}: a catalog or document kind; {id}: an object id; {version}: the version read with it.
Param kindParam();
Param idParam();
Param versionParam();

// A call's parameters checked against the method's declarations (see Param): the parameters
// with integers in canonical form (a JSON number 5.0 is 5), or RpcError naming the parameter.
QCborMap checkParams(const Method &method, const QCborMap &params);

// The date and time in parameter `name`, or `fallback` when the parameter is absent; a
// Validation error naming the parameter when it is not a date and time.
QDateTime momentParam(const QCborMap &params, const QString &name, const QDateTime &fallback);

// The open ends of a period a caller left out.
QDateTime beginningOfTime();
QDateTime endOfTime();

} // namespace erp::rpc
