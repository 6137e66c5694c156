package com.example.misbehaving;

/** Listed as a rule, but is not one. */
public final class NotARule {}
