#pragma once

#include <QCborValue>
#include <QString>
#include <QStringView>

namespace erp::meta {

struct Field;
struct Enumeration;

// Converts a value sent by a client into the canonical wire form of the field, or explains
// in *error what is wrong with it. Null (or undefined) stays null: "no value".
// Canonical forms: string, text and enum as strings; integer as integer; decimal and money
// as strings with exactly the field's scale ("12.5000"); date as "YYYY-MM-DD"; datetime as
// UTC ISO 8601 with milliseconds; boolean as bool; reference as a positive integer id.
// enumeration must be given for enum fields.
bool normalizeValue(const Field &field, const Enumeration *enumeration, const QCborValue &in, QCborValue *out,
                    QString *error);

QString formatDateTime(const class QDateTime &utc);

// The length of a string as a person counts it, and as Firebird's VARCHAR(n) does: Unicode
// code points, so "𝄞" (two UTF-16 units in a QString) is one character.
qsizetype characterCount(QStringView text);

// The 64-bit integer a client sent: a CBOR integer, or a number without a fraction that a
// double holds exactly (JSON numbers). Integers beyond the 64-bit range (which CBOR decoders
// hand over as doubles or bignums) and imprecise doubles are refused: false with *error.
bool exactInteger(const QCborValue &in, qint64 *out, QString *error);

} // namespace erp::meta
