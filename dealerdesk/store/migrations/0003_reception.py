"""Schema 3: service reception — catalogue, appointments, order-number counters, repair orders, their lines
and status log.

Frozen: the tables are declared here as they were in schema 3 (existing tables they point to are declared
as id-only stand-ins and never created), not imported from models.py.
"""
from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

VERSION = 3


def apply(database) -> None:
    class Base(Model):
        class Meta:
            legacy_table_names = False

    class User(Base):
        id = AutoField()

    class Customer(Base):
        id = AutoField()

    class Vehicle(Base):
        id = AutoField()

    class Reminder(Base):
        id = AutoField()

    class ServiceRecord(Base):
        id = AutoField()

    class ServiceCatalogueItem(Base):
        id = AutoField()
        code = CharField(max_length=20, unique=True)
        name = CharField(max_length=60)
        kind = CharField(max_length=6)
        unit_price = DecimalField(max_digits=12, decimal_places=2, default=0)
        active = BooleanField(default=True)

    class Appointment(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        vehicle = ForeignKeyField(Vehicle, null=True, on_delete="SET NULL")
        advisor = ForeignKeyField(User, null=True, on_delete="SET NULL")
        start = DateTimeField(index=True)
        requested_work = TextField(default="")
        status = CharField(max_length=10, default="booked", index=True)
        reminder = ForeignKeyField(Reminder, null=True, on_delete="SET NULL")
        reschedules = IntegerField(default=0)
        cancel_reason = CharField(max_length=200, default="")
        status_at = DateTimeField(null=True)
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL")

        class Meta:
            indexes = ((("advisor", "start"), False),)

    class NumberCounter(Base):
        id = AutoField()
        name = CharField(max_length=20)
        year = IntegerField()
        last = IntegerField(default=0)

        class Meta:
            indexes = ((("name", "year"), True),)

    class RepairOrder(Base):
        id = AutoField()
        number = CharField(max_length=20, unique=True)
        appointment = ForeignKeyField(Appointment, null=True, on_delete="SET NULL")
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        vehicle = ForeignKeyField(Vehicle, on_delete="CASCADE")
        advisor = ForeignKeyField(User, null=True, on_delete="SET NULL")
        service_kind = CharField(max_length=12, default="maintenance")
        status = CharField(max_length=14, default="waiting", index=True)
        checked_in_at = DateTimeField(index=True)
        mileage_km = IntegerField(default=0)
        fuel_level = IntegerField(default=50)
        damage = TextField(default="")
        belongings = TextField(default="")
        complaint = TextField(default="")
        promised_at = DateTimeField(null=True)
        quote_accepted_at = DateTimeField(null=True)
        quote_accepted_by = CharField(max_length=60, default="")
        quoted_total = DecimalField(max_digits=12, decimal_places=2, default=0)
        ready_at = DateTimeField(null=True)
        settled_at = DateTimeField(null=True, index=True)
        final_total = DecimalField(max_digits=12, decimal_places=2, default=0)
        discount = DecimalField(max_digits=12, decimal_places=2, default=0)
        discount_reason = CharField(max_length=200, default="")
        payable = DecimalField(max_digits=12, decimal_places=2, default=0)
        payment_method = CharField(max_length=12, default="")
        service_record = ForeignKeyField(ServiceRecord, null=True, on_delete="SET NULL")
        updated_at = DateTimeField()

    class RepairItem(Base):
        id = AutoField()
        order = ForeignKeyField(RepairOrder, on_delete="CASCADE")
        job = CharField(max_length=80, default="")
        kind = CharField(max_length=6)
        catalogue_item = ForeignKeyField(ServiceCatalogueItem, null=True, on_delete="SET NULL")
        name = CharField(max_length=60)
        qty = DecimalField(max_digits=10, decimal_places=2, default=1)
        unit_price = DecimalField(max_digits=12, decimal_places=2, default=0)
        final_qty = DecimalField(max_digits=10, decimal_places=2, null=True)
        final_unit_price = DecimalField(max_digits=12, decimal_places=2, null=True)
        is_extra = BooleanField(default=False)
        extra_group = IntegerField(default=0)
        approval = CharField(max_length=10, default="quoted")
        decided_at = DateTimeField(null=True)
        decided_channel = CharField(max_length=10, default="")
        decided_by = CharField(max_length=60, default="")
        added_at = DateTimeField()

    class RepairStatusChange(Base):
        id = AutoField()
        order = ForeignKeyField(RepairOrder, on_delete="CASCADE")
        from_status = CharField(max_length=14, default="")
        to_status = CharField(max_length=14)
        changed_at = DateTimeField(index=True)
        changed_by = ForeignKeyField(User, null=True, on_delete="SET NULL")
        note = CharField(max_length=200, default="")

    refs = [User, Customer, Vehicle, Reminder, ServiceRecord]
    new = [ServiceCatalogueItem, Appointment, NumberCounter, RepairOrder, RepairItem, RepairStatusChange]
    with database.bind_ctx(refs + new):
        database.create_tables(new, safe=False)
