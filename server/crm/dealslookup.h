#pragma once

#include <QCborMap>
#include <QString>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// The deal a method names in parameter `field`, read with its sections, when it exists and the
// user may see it; otherwise Validation naming the parameter (the dispatcher checked its type).
QCborMap dealOf(erp::rpc::CallContext &ctx, qint64 id, const QString &field = QStringLiteral("deal"));

// An optional reference parameter: 0 when absent, else an existing object of `kind` the user
// may see, or Validation naming the parameter.
qint64 optionalRef(erp::rpc::CallContext &ctx, const QCborMap &params, const QString &name, const QString &kind);

} // namespace erp::crm
