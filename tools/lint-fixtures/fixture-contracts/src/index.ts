// Refused: contracts import kafkajs, TypeORM and Nest.
import { Kafka } from 'kafkajs';
import { Entity } from 'typeorm';
import { Injectable } from '@nestjs/common';

export const used = [Kafka, Entity, Injectable];
