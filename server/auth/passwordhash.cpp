#include "passwordhash.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <argon2.h>

namespace erp::auth {

namespace {
constexpr uint32_t TimeCost = 2;
constexpr uint32_t MemoryKiB = 19 * 1024;
constexpr uint32_t Lanes = 1;
constexpr size_t SaltBytes = 16;
constexpr size_t HashBytes = 32;
} // namespace

QString hashPassword(const QString &password)
{
    const QByteArray pwd = password.toUtf8();
    quint32 salt[SaltBytes / 4];
    QRandomGenerator::system()->fillRange(salt);
    const size_t encodedLength =
        argon2_encodedlen(TimeCost, MemoryKiB, Lanes, SaltBytes, HashBytes, Argon2_id);
    QByteArray encoded(qsizetype(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(TimeCost, MemoryKiB, Lanes, pwd.constData(), size_t(pwd.size()), salt,
                                         SaltBytes, HashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        return {};
    return QString::fromLatin1(encoded.constData());
}

bool verifyPassword(const QString &encodedHash, const QString &password)
{
    if (!encodedHash.startsWith(QLatin1String("$argon2id$")))
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray pwd = password.toUtf8();
    return argon2id_verify(encoded.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

} // namespace erp::auth
