#pragma once

#include "form/fieldeditor.h"

class QLineEdit;

namespace erp::app {

// integer: a 64-bit whole number, optionally signed.
class IntegerEditor : public FieldEditor
{
    Q_OBJECT

public:
    IntegerEditor(const FieldInfo &field, QWidget *parent);

    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;
    QString inputError() const override { return m_error; }

private:
    void readText();

    QLineEdit *m_edit;
    QCborValue m_value;
    QString m_error;
};

} // namespace erp::app
