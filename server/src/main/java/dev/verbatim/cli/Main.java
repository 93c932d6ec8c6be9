package dev.verbatim.cli;

public class Main {}
