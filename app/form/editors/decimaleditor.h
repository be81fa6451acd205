#pragma once

#include "form/fieldeditor.h"

class QLineEdit;

namespace erp::app {

// decimal and money: exact, in the locale's notation. Grouped ("1 234,50") when not focused,
// plain ("1234,50") while being edited.
class DecimalEditor : public FieldEditor
{
    Q_OBJECT

public:
    DecimalEditor(const FieldInfo &field, QWidget *parent);

    // The canonical text with the field's scale ("1234.5000"), or null.
    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;
    QString inputError() const override { return m_error; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readText();
    void showValue(bool editing);

    QLineEdit *m_edit;
    QString m_value; // canonical; empty for null
    QString m_error;
};

} // namespace erp::app
