#pragma once

#include <QString>

namespace erp::auth {

// Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), PHC string format.
QString hashPassword(const QString &password);
bool verifyPassword(const QString &encodedHash, const QString &password);

} // namespace erp::auth
