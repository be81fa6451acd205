#pragma once

#include "decimal.h"

#include <QCborValue>
#include <QList>
#include <QString>

#include <optional>

namespace erp::meta {

enum class FieldType { String, Text, Integer, Decimal, Money, Date, DateTime, Boolean, Enum, Ref };

QString fieldTypeName(FieldType type);
bool fieldTypeFromName(const QString &name, FieldType *type);

// Money is stored as NUMERIC(18,4): four decimals keep unit prices and rates exact.
constexpr int MoneyPrecision = 18;
constexpr int MoneyScale = 4;

// A derived header field: never stored, computed when a document is read or listed.
// "balance": a balance register's resource summed over every dimension set whose `dimension`
// is this document (what is still to ship of an order, what is open of an invoice).
struct DerivedBalance
{
    QString registerName;
    QString resource;
    QString dimension;
};

// "cases": the first case whose conditions all hold gives the value, else `otherwise`
// (an order's state from its status and its derived balances).
struct DerivedCondition
{
    QString field; // a system field, a declared header field or a derived balance declared before
    QString op;    // =, !=, <, <=, >, >=
    QCborValue value; // a number or a lowercase identifier
    std::optional<DerivedBalance> balance; // set by the loader when `field` is a derived balance
};

struct DerivedCase
{
    QString value;
    QList<DerivedCondition> when;
};

struct Field
{
    QString name;  // API name: lowercase identifier
    QString title; // English label (translated by the client)
    FieldType type = FieldType::String;
    int length = 0;    // String: characters
    int precision = 0; // Decimal and Money
    int scale = 0;     // Decimal and Money
    bool required = false;
    bool indexed = false;
    // "matchDigits": n (a phone number): an index on the last n digits of the value, whatever
    // spaces, dashes or prefix (+420) it was written with, for finding the same number.
    int matchDigits = 0;
    bool internal = false; // never read or written through the generic API
    bool computed = false; // set by the kind's recalculation; never written by a client
    bool readOnly = false; // shown, never written by a client (computed fields are read-only too)
    QCborValue defaultValue;
    QString target;     // Enum: enumeration name; Ref: catalog name
    std::optional<erp::Decimal> min; // Integer, Decimal, Money: "min", the least value allowed
    bool minExclusive = false;       // "minExclusive": true: the value must be greater than min
    // Derived fields (a document's "derived" list): computed at read and list time, read-only.
    std::optional<DerivedBalance> balance;
    QList<DerivedCase> cases;
    QString otherwise;

    QString column() const { return name.toUpper(); }
    bool isWritable() const { return !internal && !computed && !readOnly && !isDerived(); }
    bool isDerived() const { return balance.has_value() || !cases.isEmpty(); }
    bool isNumeric() const { return type == FieldType::Decimal || type == FieldType::Money; }
};

} // namespace erp::meta
