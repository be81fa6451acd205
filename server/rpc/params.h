#pragma once

#include <QDateTime>

class QCborMap;
class QString;

namespace erp::rpc {

// Parameters that several methods read the same way.

// The date and time in parameter `name`, or `fallback` when the parameter is absent; a
// Validation error naming the parameter when it is not a date and time.
QDateTime momentParam(const QCborMap &params, const QString &name, const QDateTime &fallback);

// The open ends of a period a caller left out.
QDateTime beginningOfTime();
QDateTime endOfTime();

} // namespace erp::rpc
